'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ActivityOverview } from '@/lib/scalekit/activity-types';

/** Calls per bucket, stacked by outcome. Loaded on its own (overview-chart-lazy) to keep recharts out of first load. */
export default function OverviewChart({ series }: { series: ActivityOverview['timeSeries'] }) {
  const daily = (series[0]?.bucketSeconds ?? 0) >= 86_400;
  const data = series.map((b) => ({
    at: new Date(b.bucket).toLocaleString('en-US', {
      timeZone: 'UTC',
      ...(daily ? { month: 'short', day: 'numeric' } : { hour: '2-digit', minute: '2-digit', hour12: false }),
    }),
    Success: b.success,
    'Provider errors': b.providerErrors,
    'Platform errors': b.platformErrors,
  }));
  return (
    <div className="h-56 w-full" role="img" aria-label="Tool calls over time, by outcome">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e4e4e7" />
          <XAxis dataKey="at" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis tick={{ fontSize: 11 }} allowDecimals={false} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="Success" stackId="o" fill="#10b981" isAnimationActive={false} />
          <Bar dataKey="Provider errors" stackId="o" fill="#f59e0b" isAnimationActive={false} />
          <Bar dataKey="Platform errors" stackId="o" fill="#ef4444" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
