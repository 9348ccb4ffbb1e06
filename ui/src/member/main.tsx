import { createRoot } from 'react-dom/client';
import { MemberApp } from './App';
import './member.css';

createRoot(document.getElementById('root')!).render(<MemberApp />);
