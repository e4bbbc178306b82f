// One rule for every import format: a record that breaks a rule stops the whole import (issue 22, defect 7).
