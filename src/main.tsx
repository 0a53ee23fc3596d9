import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app/app-routes.tsx';
import { routerBasename } from './app/base-path.ts';
import { registerServiceWorker } from './stores/service-worker.ts';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <BrowserRouter basename={routerBasename() || undefined}>
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>
);

// Prerendered pages are hydrated; the fallback page (404.html, dev server) renders from scratch.
if (container.firstElementChild) hydrateRoot(container, app);
else createRoot(container).render(app);

// After a first visit the course works offline (learners read it on trains).
if (import.meta.env.PROD) window.addEventListener('load', () => registerServiceWorker(import.meta.env.BASE_URL));
