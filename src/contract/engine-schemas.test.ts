import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';

import type { Claim, Fact } from '../engine';

import type { claimSchema, factSchema } from './engine-schemas';

describe('engine schemas', () => {
  it('describe exactly the engine claim and fact types', () => {
    expectTypeOf<z.infer<typeof claimSchema>>().toEqualTypeOf<Claim>();
    expectTypeOf<z.infer<typeof factSchema>>().toEqualTypeOf<Fact>();
  });
});
