import { render } from 'preact';
import { App } from './App';
import { start } from './state';

// The audit starts before the first render: the page works while the popup draws its frame.
void start();
render(<App />, document.getElementById('app')!);
