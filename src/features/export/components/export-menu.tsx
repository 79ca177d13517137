import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import type { FactListQuery } from '../../../contract/api';

import { FORMATS, reportHref } from './report-links';

/** The Export menu: each format for the whole story, the current filtered view, or the verified facts only. */
export function ExportMenu({ storyId, filters }: { storyId: string; filters: FactListQuery }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const menu = useRef<HTMLDivElement>(null);
  const hasFilters = Object.values(filters).some(Boolean);
  const scopes = [['all', 'Whole story'], ...(hasFilters ? [['filtered', 'This filtered view']] : []), ['verified', 'Verified facts only']] as Array<['all' | 'filtered' | 'verified', string]>;
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);
  const onKey = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') setOpen(false);
    else if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
  };
  return (
    <div className="menu" onKeyDown={onKey}>
      <button type="button" className="secondary" aria-haspopup="menu" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>Export ▾</button>
      {open && (
        <div id={menuId} role="menu" ref={menu} aria-label="Export a report">
          {scopes.map(([scope, label]) => (
            <div key={scope} role="group" aria-label={label}>
              <p className="muted" style={{ margin: '.25rem .5rem' }}>{label}</p>
              {FORMATS.map(([format, name]) => (
                <a key={format} role="menuitem" href={reportHref(storyId, format, scope, filters)} download onClick={() => setOpen(false)}>{name}</a>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
