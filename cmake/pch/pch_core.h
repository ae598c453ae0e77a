// Precompiled for capataz_core (cmake/CapatazBuildSpeed.cmake). Only stable, widely used
// headers: adding one here rebuilds everything.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <vector>
