import type { FactListQuery } from '../../../contract/api';

/** Placeholder: the Export menu (whole story, current filtered view, verified facts only) is being built. */
export function ExportMenu({ storyId }: { storyId: string; filters: FactListQuery }) {
  return <a href={`/api/stories/${storyId}/report?format=md`}>Export</a>;
}
