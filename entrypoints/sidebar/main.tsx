import { render } from 'preact';
import { SidebarApp } from './SidebarApp';

render(<SidebarApp />, document.getElementById('app')!);
