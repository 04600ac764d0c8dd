// Entry point: one QueryClient, one API client and one router for the lifetime of the tab.
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './lib/query-client.ts';
import { createApiClient, TRPCProvider, type AppRouter } from './lib/trpc.ts';
import { createAppRouter } from './router.tsx';
import './styles.css';

const queryClient = createQueryClient();
const apiClient = createApiClient();
// Route loaders run outside React, so they get the same query options through a proxy bound to the same clients.
const trpc = createTRPCOptionsProxy<AppRouter>({ client: apiClient, queryClient });
const router = createAppRouter({ queryClient, trpc, apiClient });

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
