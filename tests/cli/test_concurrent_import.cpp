// Two imports into one catalogue at the same time (issue 22, defect 8).
