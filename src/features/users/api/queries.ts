import { queryOptions } from '@tanstack/react-query';

import { removedUserSchema, userListSchema, userSchema, type NewUser, type Role } from '../../../contract/api';
import { apiRequest } from '../../../lib/api-client';

export const userQueries = {
  all: () => ['users'] as const,
  list: () => queryOptions({ queryKey: [...userQueries.all(), 'list'], queryFn: ({ signal }) => apiRequest('/users', userListSchema, { signal }) }),
};

export const addUser = (body: NewUser) => apiRequest('/users', userSchema, { method: 'POST', body });
export const setUserRole = (name: string, role: Role) => apiRequest(`/users/${encodeURIComponent(name)}`, userSchema, { method: 'PATCH', body: { role } });
export const removeUser = (name: string) => apiRequest(`/users/${encodeURIComponent(name)}`, removedUserSchema, { method: 'DELETE' });
