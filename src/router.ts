import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';

/** Hash routes of DESIGN.md, so any static file server works offline. */
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: () => import('./views/OverviewView.vue') },
  { path: '/districts', name: 'districts', component: () => import('./views/DistrictsView.vue') },
  { path: '/districts/:name', name: 'district', component: () => import('./views/DistrictView.vue'), props: true },
  { path: '/departments', name: 'departments', component: () => import('./views/DepartmentsView.vue') },
  { path: '/officers', name: 'officers', component: () => import('./views/OfficersView.vue') },
  { path: '/scorecard', name: 'scorecard', component: () => import('./views/ScorecardView.vue') },
  { path: '/data', name: 'data', component: () => import('./views/DataView.vue') },
  { path: '/escalation', name: 'escalation', component: () => import('./views/EscalationView.vue') },
  { path: '/atr', name: 'atr', component: () => import('./views/AtrView.vue') },
  { path: '/briefing', name: 'briefing', component: () => import('./views/BriefingView.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
];

export const router = createRouter({ history: createWebHashHistory(), routes });
