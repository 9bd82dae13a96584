#include "catch.h"
#include "wizarddriver.h"
