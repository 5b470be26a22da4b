import { render } from 'preact';

render(
  <main>
    <h1>Tandem settings</h1>
  </main>,
  document.getElementById('app')!,
);
