// Smaller hostile inputs: duplicate JSON keys, empty catalogue files, full disks.
