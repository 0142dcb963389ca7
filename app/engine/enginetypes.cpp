// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginetypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stasis
{

EngineVersion EngineVersion::fromJson(const QJsonObject &object)
{
    EngineVersion version;
    version.version = object.value(QLatin1String("Version")).toString();
    version.apiVersion = object.value(QLatin1String("ApiVersion")).toString();
    version.minApiVersion = object.value(QLatin1String("MinAPIVersion")).toString();
    version.os = object.value(QLatin1String("Os")).toString();
    version.arch = object.value(QLatin1String("Arch")).toString();
    version.kernelVersion = object.value(QLatin1String("KernelVersion")).toString();
    return version;
}

EngineInfo EngineInfo::fromJson(const QJsonObject &object)
{
    EngineInfo info;
    info.name = object.value(QLatin1String("Name")).toString();
    info.serverVersion = object.value(QLatin1String("ServerVersion")).toString();
    info.operatingSystem = object.value(QLatin1String("OperatingSystem")).toString();
    info.osType = object.value(QLatin1String("OSType")).toString();
    info.kernelVersion = object.value(QLatin1String("KernelVersion")).toString();
    info.architecture = object.value(QLatin1String("Architecture")).toString();
    info.dockerRootDir = object.value(QLatin1String("DockerRootDir")).toString();
    info.experimentalBuild = object.value(QLatin1String("ExperimentalBuild")).toBool();
    info.containers = object.value(QLatin1String("Containers")).toInt();
    info.containersRunning = object.value(QLatin1String("ContainersRunning")).toInt();
    return info;
}

QByteArray ContainerSpec::toJson() const
{
    QJsonObject hostConfig{{QLatin1String("NetworkMode"), networkMode}};
    QJsonObject object{
        {QLatin1String("Image"), image},
        {QLatin1String("Cmd"), QJsonArray::fromStringList(command)},
        {QLatin1String("Tty"), tty},
        {QLatin1String("HostConfig"), hostConfig},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ContainerDetails ContainerDetails::fromJson(const QJsonObject &object)
{
    ContainerDetails details;
    details.id = object.value(QLatin1String("Id")).toString();
    details.name = object.value(QLatin1String("Name")).toString();
    if (details.name.startsWith(QLatin1Char('/'))) {
        details.name.remove(0, 1);
    }
    const QJsonObject config = object.value(QLatin1String("Config")).toObject();
    details.image = config.value(QLatin1String("Image")).toString();
    details.tty = config.value(QLatin1String("Tty")).toBool();
    const QJsonObject state = object.value(QLatin1String("State")).toObject();
    details.running = state.value(QLatin1String("Running")).toBool();
    details.paused = state.value(QLatin1String("Paused")).toBool();
    details.status = state.value(QLatin1String("Status")).toString();
    details.exitCode = state.value(QLatin1String("ExitCode")).toInt();
    return details;
}

} // namespace Stasis
