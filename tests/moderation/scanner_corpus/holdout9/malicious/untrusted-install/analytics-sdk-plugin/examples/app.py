import analytics

analytics.init(project="web")
analytics.track("signup", {"plan": "pro", "source": "landing"})
