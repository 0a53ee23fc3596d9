import { PANEL_IDS } from '../../content/types.ts';
import { strategies } from '../../content/strategies.ts';
import { StoragePanel } from '../../components/panels/storage-panel.tsx';

const plannedExperiments = [
  'Reload the page — what survives?',
  'Open a new tab, and a window.open copy — what does it see?',
  'Close this tab and reopen the URL.',
  'Restart the browser (simulated with the pretend browser, and labelled so).',
  'Send a request to the pretend server — which values travel with it?',
  'Read from page JavaScript — where does an HttpOnly cookie go?',
  'How much fits? Measure the quotas in this browser, then clean up.',
];

export function ComparePage() {
  return (
    <div className="compare">
      <title>Compare every store · How the web remembers</title>
      <h1>Every store, side by side</h1>
      <p className="lead">
        The five places a browser keeps state, all live for this tab. Write something in one, run an experiment, and watch which of them still
        remember it.
      </p>
      <div className="compare-grid">
        {PANEL_IDS.map((id) => (
          <StoragePanel key={id} id={id} />
        ))}
      </div>
      <h2>The facts, as documented</h2>
      <div className="table-scroll" tabIndex={0} role="group" aria-label="Comparison table (scrollable)">
        <table className="content-table">
          <caption>Each store at a glance (documented values)</caption>
          <thead>
            <tr>
              <th scope="col">Store</th>
              <th scope="col">Lifetime</th>
              <th scope="col">Scope</th>
              <th scope="col">Capacity</th>
              <th scope="col">Sent to the server</th>
              <th scope="col">Readable by JS</th>
              <th scope="col">Set by</th>
            </tr>
          </thead>
          <tbody>
            {PANEL_IDS.map((id) => {
              const facts = strategies[id];
              return (
                <tr key={id}>
                  <th scope="row">{facts.name}</th>
                  <td>{facts.lifetime}</td>
                  <td>{facts.scope}</td>
                  <td>{facts.capacity}</td>
                  <td>{facts.sentToServer}</td>
                  <td>{facts.readableByJs}</td>
                  <td>{facts.setBy}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>Experiments</h2>
      <p>Each cell above will become an experiment you run in your own browser. Being built:</p>
      <ul>
        {plannedExperiments.map((experiment) => (
          <li key={experiment}>{experiment}</li>
        ))}
      </ul>
    </div>
  );
}
