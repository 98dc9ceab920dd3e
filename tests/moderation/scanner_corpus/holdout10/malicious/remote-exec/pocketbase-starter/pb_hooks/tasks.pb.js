onRecordBeforeCreateRequest((e) => {
  if (!e.record.get("project")) {
    throw new BadRequestError("task needs a project");
  }
}, "tasks");
