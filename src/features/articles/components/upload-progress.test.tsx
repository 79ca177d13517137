import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { UploadProgress } from '../api/queries';

import { UploadProgressBar } from './upload-progress';

const at = (phase: UploadProgress['phase'], done: number): UploadProgress => ({ type: 'upload', storyId: 's', uploadId: 'u-12345678', phase, done, total: 50 });

describe('UploadProgressBar', () => {
  it.each<[string, number, UploadProgress | null, string, number | null]>([
    ['sending', 0.4, null, 'Sending the files: 40%', 0.4],
    ['sent, the server not heard from yet', 1, null, 'Files sent; waiting for the server…', null],
    ['analysing', 1, at('analysing', 12), 'Reading and analysing: 12 of 50 files', 0.24],
    ['grouping', 1, at('grouping', 50), "Grouping the story's figures into facts…", null],
    ['saving', 1, at('saving', 50), 'Saving…', null],
  ])('says where the upload is: %s', (_name, sent, server, label, value) => {
    render(<UploadProgressBar sent={sent} server={server} />);
    expect(screen.getByRole('status')).toHaveTextContent(label);
    const bar = screen.getByRole('progressbar', { name: 'Upload progress' });
    if (value === null) expect(bar).not.toHaveAttribute('value');
    else expect(Number(bar.getAttribute('value'))).toBeCloseTo(value);
  });
});
