from datetime import timedelta

from airflow.plugins_manager import AirflowPlugin
from airflow.timetables.base import DagRunInfo, DataInterval, Timetable
from pendulum import DateTime, Time


class BusinessDays(Timetable):
    def next_dagrun_info(self, *, last_automated_data_interval, restriction):
        start = last_automated_data_interval.end if last_automated_data_interval else restriction.earliest
        if start is None:
            return None
        start = DateTime.combine(start.date(), Time.min).replace(tzinfo=start.tzinfo)
        while start.weekday() >= 5:
            start += timedelta(days=1)
        end = start + timedelta(days=1)
        return DagRunInfo.interval(start=start, end=end)

    def infer_manual_data_interval(self, *, run_after):
        return DataInterval(start=run_after - timedelta(days=1), end=run_after)


class BusinessDaysPlugin(AirflowPlugin):
    name = "business_days"
    timetables = [BusinessDays]
