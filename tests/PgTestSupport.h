#pragma once

// The tests' PostgreSQL server (PgServer.h), for Catch tests.
#include "PgServer.h"
#include "TestSupport.h"
