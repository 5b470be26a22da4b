import { render } from 'preact';
import '@/components/theme.css';
import { PopupContainer } from './PopupContainer';

render(<PopupContainer />, document.getElementById('app')!);
