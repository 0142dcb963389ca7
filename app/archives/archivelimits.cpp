// SPDX-License-Identifier: GPL-2.0-or-later
#include "archivelimits.h"

#include <QSettings>

namespace Stasis
{

namespace
{
template<typename T>
T positive(const QSettings &settings, const QString &key, T fallback)
{
    bool ok = false;
    const QVariant value = settings.value(key);
    if constexpr (std::is_floating_point_v<T>) {
        const double number = value.toDouble(&ok);
        return ok && number >= 1 ? T(number) : fallback;
    } else {
        const qlonglong number = value.toLongLong(&ok);
        return ok && number > 0 ? T(number) : fallback;
    }
}
} // namespace

ArchiveLimits ArchiveLimits::fromSettings(const QSettings &settings)
{
    ArchiveLimits limits;
    const QString group = QStringLiteral("archives/");
    limits.maxTotalSize = positive(settings, group + QLatin1String("maxTotalSize"), limits.maxTotalSize);
    limits.maxFileSize = positive(settings, group + QLatin1String("maxFileSize"), limits.maxFileSize);
    limits.maxEntries = positive(settings, group + QLatin1String("maxEntries"), limits.maxEntries);
    limits.maxCompressionRatio = positive(settings, group + QLatin1String("maxCompressionRatio"), limits.maxCompressionRatio);
    return limits;
}

ArchiveLimits ArchiveLimits::fromSettings()
{
    const QSettings settings;
    return fromSettings(settings);
}

} // namespace Stasis
