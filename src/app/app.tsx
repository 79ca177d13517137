import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';

import { Layout } from './layout';
import { ArticleRoute, FactRoute, FactsRoute, StoryRoute, AddArticlesRoute } from './routes';

const StoriesPage = lazy(() => import('../features/stories/components/stories-page').then((m) => ({ default: m.StoriesPage })));
const UsersPage = lazy(() => import('../features/users/components/users-page').then((m) => ({ default: m.UsersPage })));

/** Every view has its own URL, so it can be linked and reloaded. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<StoriesPage />} />
          <Route path="stories/:storyId" element={<StoryRoute />} />
          <Route path="stories/:storyId/facts" element={<FactsRoute />} />
          <Route path="stories/:storyId/facts/:factId" element={<FactRoute />} />
          <Route path="stories/:storyId/articles/:articleId" element={<ArticleRoute />} />
          <Route path="stories/:storyId/add" element={<AddArticlesRoute />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="*" element={<p>There is nothing at this address. <a href="/">Back to the stories</a>.</p>} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
