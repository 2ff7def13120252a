import { render } from 'preact';
import { App } from './App.tsx';
import { createPanelStore } from './store.ts';
import '../../components/ui.css';

render(<App store={createPanelStore()} />, document.getElementById('app')!);
