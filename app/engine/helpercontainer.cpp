// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpercontainer.h"

#include "helperimage.h"

#include <QDir>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Stasis
{

namespace
{

QString mountWords(const QString &type, const QString &source, const QString &destination, bool writable)
{
    const QString access = writable ? QStringLiteral("rw") : QStringLiteral("ro");
    return source.isEmpty() ? QStringLiteral("%1 at %2 (%3)").arg(type, destination, access)
                            : QStringLiteral("%1 %2 at %3 (%4)").arg(type, source, destination, access);
}

/// How @p mount's source is named: a bind by its host folder, the named
/// volume @p spec asks for by its name. An anonymous volume's source is the
/// engine's own folder for it, and its name random: neither is named.
QString sourceOf(const HelperContainer::Spec &spec, const QJsonObject &mount)
{
    const QString type = mount.value(QLatin1String("Type")).toString();
    if (type == QLatin1String("bind")) {
        return QDir::cleanPath(mount.value(QLatin1String("Source")).toString());
    }
    const QString name = mount.value(QLatin1String("Name")).toString();
    return type == QLatin1String("volume") && !spec.volume.isEmpty() && name == spec.volume ? name : QString();
}

} // namespace

ContainerSpec HelperContainer::containerSpec(const Spec &spec)
{
    ContainerSpec container;
    container.name = spec.name.isEmpty() ? namePrefix + QString::number(QRandomGenerator::global()->generate64(), 36) : spec.name;
    container.image = spec.image.isEmpty() ? HelperImage::reference() : spec.image;
    // The engine wants something to run even for a helper that never starts.
    container.entrypoint = spec.entrypoint.isEmpty() ? QStringList{QString(HelperImage::toolPath)} : spec.entrypoint;
    container.command = spec.command;
    // Root owns the folders helpers work in; without capabilities it can do nothing else.
    container.user = QStringLiteral("0:0");
    container.confined = true;
    container.labels.insert(QString(label), QStringLiteral("true"));
    const QString target = spec.mountPoint.isEmpty() ? QString(mountPoint) : spec.mountPoint;
    if (spec.volume.isEmpty()) {
        container.mounts.append(BindMount{spec.hostFolder, target, spec.readOnly});
    } else {
        container.namedVolumes.append(VolumeMount{spec.volume, target, spec.readOnly});
    }
    container.volumes = spec.volumes;
    return container;
}

QString HelperContainer::mountDifference(const Spec &spec, const QJsonArray &mounts)
{
    const QString target = QDir::cleanPath(spec.mountPoint.isEmpty() ? QString(mountPoint) : spec.mountPoint);
    QStringList asked{spec.volume.isEmpty() ? mountWords(QStringLiteral("bind"), QDir::cleanPath(spec.hostFolder), target, !spec.readOnly)
                                            : mountWords(QStringLiteral("volume"), spec.volume, target, !spec.readOnly)};
    for (const QString &volume : spec.volumes) {
        asked.append(mountWords(QStringLiteral("volume"), {}, QDir::cleanPath(volume), true));
    }
    QStringList made;
    for (const QJsonValue &value : mounts) {
        const QJsonObject mount = value.toObject();
        const QString type = mount.value(QLatin1String("Type")).toString();
        const QString source = sourceOf(spec, mount);
        made.append(mountWords(type, source, QDir::cleanPath(mount.value(QLatin1String("Destination")).toString()), mount.value(QLatin1String("RW")).toBool()));
    }
    asked.sort();
    made.sort();
    if (asked == made) {
        return {};
    }
    return tr("the engine made the helper's mounts %1 instead of %2")
        .arg(made.isEmpty() ? QStringLiteral("(none)") : made.join(QLatin1String(", ")), asked.join(QLatin1String(", ")));
}

HelperContainer::Spec HelperContainer::mounting(const QString &hostFolder, bool readOnly)
{
    Spec spec;
    spec.hostFolder = hostFolder;
    spec.readOnly = readOnly;
    return spec;
}

HelperContainer::Spec HelperContainer::mountingVolume(const QString &volume, bool readOnly)
{
    Spec spec;
    spec.volume = volume;
    spec.readOnly = readOnly;
    return spec;
}

QString HelperContainer::pathInside(const QString &relativePath)
{
    return relativePath.isEmpty() ? QString(mountPoint) : mountPoint + QLatin1Char('/') + relativePath;
}

} // namespace Stasis
