import { render } from 'preact';

render(
  <main>
    <h1>Tandem</h1>
  </main>,
  document.getElementById('app')!,
);
