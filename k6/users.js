// JSON scenario: like teststatic.js but GET /api/users (10 users built and
// serialized per request) and check the JSON has 10 users.
//   k6 run -e BASE=http://127.0.0.1:18480 -e RATE=5000 k6/users.js
import http from 'k6/http';
import { check } from 'k6';

const RATE = Number(__ENV.RATE || 5000);
const BASE = __ENV.BASE || 'http://127.0.0.1:18480';

export const options = {
  scenarios: {
    users: {
      executor: 'constant-arrival-rate',
      rate: RATE,
      timeUnit: '1s',
      duration: __ENV.DURATION || '10s',
      preAllocatedVUs: Number(__ENV.PREALLOCATED || __ENV.VUS || 200),
      maxVUs: Number(__ENV.VUS || 200),
    },
  },
  summaryTrendStats: ['avg', 'med', 'p(90)', 'p(95)', 'p(99)', 'max'],
};

export default function () {
  const res = http.get(`${BASE}/api/users`);
  check(res, {
    'status is 200': (r) => r.status === 200,
    '10 users': (r) => { try { return r.json('users').length === 10; } catch (e) { return false; } },
  });
}
