select date_trunc('week', created_at) as week, count(*) as signups
from accounts
where created_at >= now() - interval '8 weeks'
group by 1 order by 1;
