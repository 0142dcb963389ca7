// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpercontainer.h"

#include <QRandomGenerator>

namespace Stasis
{

ContainerSpec HelperContainer::containerSpec(const Spec &spec)
{
    ContainerSpec container;
    container.name = spec.name.isEmpty() ? namePrefix + QString::number(QRandomGenerator::global()->generate64(), 36) : spec.name;
    container.image = spec.image;
    container.entrypoint = spec.entrypoint;
    // A never-started helper still needs a command when the image has none.
    container.command = spec.entrypoint.isEmpty() && spec.command.isEmpty() ? QStringList{QStringLiteral("/bin/true")} : spec.command;
    container.user = spec.user;
    container.labels.insert(QString(label), QStringLiteral("true"));
    container.mounts.append(BindMount{spec.hostFolder, spec.mountPoint.isEmpty() ? QString(mountPoint) : spec.mountPoint, spec.readOnly});
    container.volumes = spec.volumes;
    return container;
}

HelperContainer::Spec HelperContainer::mounting(const QString &image, const QString &hostFolder, bool readOnly)
{
    Spec spec;
    spec.image = image;
    spec.hostFolder = hostFolder;
    spec.readOnly = readOnly;
    return spec;
}

QString HelperContainer::pathInside(const QString &relativePath)
{
    return relativePath.isEmpty() ? QString(mountPoint) : mountPoint + QLatin1Char('/') + relativePath;
}

} // namespace Stasis
