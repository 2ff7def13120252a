import { render } from 'preact';
import { App } from './App.tsx';
import { createOptionsStore } from './store.ts';
import '../../components/ui.css';

render(<App store={createOptionsStore()} />, document.getElementById('app')!);
