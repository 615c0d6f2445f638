// The original published load test: constant arrival rate of RATE requests/s
// (15,000 by default) for DURATION (10 s), up to 200 VUs, GET the route whose
// body is `static cache output`; checks status and body.
//   k6 run -e BASE=http://127.0.0.1:18480 k6/teststatic.js
//   k6 run -e RATE=5000 k6/teststatic.js      (the 5,000/s variant)
import http from 'k6/http';
import { check } from 'k6';

const RATE = Number(__ENV.RATE || 15000);
const BASE = __ENV.BASE || 'http://127.0.0.1:18480';

export const options = {
  discardResponseBodies: false,
  scenarios: {
    teststatic: {
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
  const res = http.get(`${BASE}/teststatic`);
  check(res, {
    'status is 200': (r) => r.status === 200,
    'body is static cache output': (r) => r.body === 'static cache output',
  });
}
