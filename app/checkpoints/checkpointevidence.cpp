// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointevidence.h"

#include <QCoreApplication>
#include <QSettings>

namespace Stasis
{

namespace
{
QSettings settings()
{
    const QString organisation = QCoreApplication::organizationName();
    return QSettings(organisation.isEmpty() ? QStringLiteral("stasis") : organisation, QStringLiteral("checkpoint-evidence"));
}

/// One settings key per engine version, option and stage; '/' separates groups.
QString keyOf(const QString &engineVersion, const QString &option, const QString &stage)
{
    QString version = engineVersion;
    version.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("failures/%1/%2/%3").arg(version.isEmpty() ? QStringLiteral("unknown") : version, option, stage);
}
} // namespace

void CheckpointEvidence::recordFailure(const QString &engineVersion, const QStringList &options, const QString &stage, const QString &error)
{
    QSettings store = settings();
    for (const QString &option : options) {
        const QString key = keyOf(engineVersion, option, stage);
        QStringList others = options;
        others.removeAll(option);
        store.beginGroup(key);
        store.setValue(QStringLiteral("count"), store.value(QStringLiteral("count"), 0).toInt() + 1);
        store.setValue(QStringLiteral("error"), error);
        store.setValue(QStringLiteral("otherOptions"), others);
        store.setValue(QStringLiteral("last"), QDateTime::currentDateTimeUtc());
        store.endGroup();
    }
}

std::optional<CheckpointEvidence::Failure> CheckpointEvidence::failure(const QString &engineVersion, const QString &option, const QString &stage)
{
    QSettings store = settings();
    store.beginGroup(keyOf(engineVersion, option, stage));
    const int count = store.value(QStringLiteral("count"), 0).toInt();
    if (count <= 0) {
        return std::nullopt;
    }
    return Failure{count,
                   store.value(QStringLiteral("error")).toString(),
                   store.value(QStringLiteral("otherOptions")).toStringList(),
                   store.value(QStringLiteral("last")).toDateTime()};
}

void CheckpointEvidence::clear()
{
    QSettings store = settings();
    store.remove(QStringLiteral("failures"));
}

} // namespace Stasis
