import { FACT_KEYS, factLabels, strategies } from '../../content/strategies.ts';
import { PANEL_IDS } from '../../config/mechanisms.ts';
import { useCompareResults } from '../../hooks/use-compare-results.ts';
import { factCell } from './measured-facts.ts';

/** The lecture's comparison, one row per store: measured in this browser where an experiment ran, documented until then. */
export function ComparisonTable() {
  const results = useCompareResults();
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label="Comparison table (scrollable)">
      <table className="content-table comparison-table">
        <caption>Each store at a glance: measured in this browser once you run its experiment, documented until then</caption>
        <thead>
          <tr>
            <th scope="col">Store</th>
            {FACT_KEYS.map((fact) => (
              <th scope="col" key={fact}>
                {factLabels[fact]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PANEL_IDS.map((id) => (
            <tr key={id}>
              <th scope="row">{strategies[id].name}</th>
              {FACT_KEYS.map((fact) => {
                const cell = factCell(id, fact, results);
                return (
                  <td key={fact} className={`fact-${cell.source}`}>
                    {cell.text} <span className={`fact-source fact-source-${cell.source}`}>({cell.source})</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
