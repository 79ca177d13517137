import type { ClaimGroup } from '../../../contract/api';
import { formatDateShort } from '../../../lib/format';

/** Every claim of the fact counted, a line per figure as written, outlet and date: the whole fact at a glance, however large. */
export function ClaimGroups({ groups, groupCount, claimCount }: { groups: ClaimGroup[]; groupCount: number; claimCount: number }) {
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">Every claim, by value and source</h2>
      <table>
        <caption className="muted">
          {claimCount} claim{claimCount === 1 ? '' : 's'} in {groupCount} group{groupCount === 1 ? '' : 's'}
          {groupCount > groups.length ? `; the ${groups.length} largest are shown` : ''}
        </caption>
        <thead><tr><th scope="col">Value as written</th><th scope="col">Outlet</th><th scope="col">As of</th><th scope="col">Claims</th></tr></thead>
        <tbody>
          {groups.map((g) => (
            <tr key={`${g.text}|${g.outlet}|${g.asOf}`}>
              <td className="value">{g.text}</td><td>{g.outlet}</td><td>{g.asOf ? formatDateShort(g.asOf) : 'date unknown'}</td><td>{g.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
