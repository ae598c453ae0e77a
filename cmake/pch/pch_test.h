// Precompiled for the Qt Test executables (cmake/CapatazBuildSpeed.cmake).
#pragma once

#include "pch_core.h"

#include <QSignalSpy>
#include <QTest>
