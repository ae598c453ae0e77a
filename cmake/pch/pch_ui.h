// Precompiled for capataz_ui (cmake/CapatazBuildSpeed.cmake).
#pragma once

#include "pch_core.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QWidget>
