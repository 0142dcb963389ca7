// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginetypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

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

QJsonObject EngineVersion::toJson() const
{
    return QJsonObject{
        {QLatin1String("Version"), version},
        {QLatin1String("ApiVersion"), apiVersion},
        {QLatin1String("MinAPIVersion"), minApiVersion},
        {QLatin1String("Os"), os},
        {QLatin1String("Arch"), arch},
        {QLatin1String("KernelVersion"), kernelVersion},
    };
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

QJsonObject ContainerSpec::toJson() const
{
    if (!configuration.isEmpty()) {
        return configuration;
    }
    QJsonArray mountList;
    for (const BindMount &mount : mounts) {
        mountList.append(QJsonObject{
            {QLatin1String("Type"), QLatin1String("bind")},
            {QLatin1String("Source"), mount.source},
            {QLatin1String("Target"), mount.target},
            {QLatin1String("ReadOnly"), mount.readOnly},
        });
    }
    QJsonObject hostConfig{{QLatin1String("NetworkMode"), networkMode}};
    if (!mountList.isEmpty()) {
        hostConfig.insert(QLatin1String("Mounts"), mountList);
    }
    QJsonObject object{
        {QLatin1String("Image"), image},
        {QLatin1String("Cmd"), QJsonArray::fromStringList(command)},
        {QLatin1String("Tty"), tty},
        {QLatin1String("HostConfig"), hostConfig},
    };
    if (!entrypoint.isEmpty()) {
        object.insert(QLatin1String("Entrypoint"), QJsonArray::fromStringList(entrypoint));
    }
    if (!user.isEmpty()) {
        object.insert(QLatin1String("User"), user);
    }
    if (stopTimeoutSeconds >= 0) {
        object.insert(QLatin1String("StopTimeout"), stopTimeoutSeconds);
    }
    if (!labels.isEmpty()) {
        QJsonObject labelObject;
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            labelObject.insert(it.key(), it.value());
        }
        object.insert(QLatin1String("Labels"), labelObject);
    }
    if (!volumes.isEmpty()) {
        QJsonObject volumeObject;
        for (const QString &volume : volumes) {
            volumeObject.insert(volume, QJsonObject());
        }
        object.insert(QLatin1String("Volumes"), volumeObject);
    }
    return object;
}

ContainerSummary ContainerSummary::fromJson(const QJsonObject &object)
{
    ContainerSummary summary;
    summary.id = object.value(QLatin1String("Id")).toString();
    const QJsonArray names = object.value(QLatin1String("Names")).toArray();
    summary.name = names.isEmpty() ? summary.id.left(12) : names.first().toString();
    if (summary.name.startsWith(QLatin1Char('/'))) {
        summary.name.remove(0, 1);
    }
    summary.image = object.value(QLatin1String("Image")).toString();
    summary.state = object.value(QLatin1String("State")).toString();
    summary.status = object.value(QLatin1String("Status")).toString();
    summary.created = QDateTime::fromSecsSinceEpoch(object.value(QLatin1String("Created")).toInteger(), QTimeZone::UTC);
    const QJsonObject labels = object.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        summary.labels.insert(it.key(), it.value().toString());
    }
    const QJsonArray mounts = object.value(QLatin1String("Mounts")).toArray();
    for (const QJsonValue &value : mounts) {
        const QJsonObject mount = value.toObject();
        summary.mounts.append(BindMount{mount.value(QLatin1String("Source")).toString(),
                                        mount.value(QLatin1String("Destination")).toString(),
                                        !mount.value(QLatin1String("RW")).toBool()});
    }
    return summary;
}

bool ContainerSummary::isStasisHelper() const
{
    return labels.value(helperLabel) == QLatin1String("true");
}

std::optional<ContainerEvent> ContainerEvent::fromJson(const QJsonObject &object)
{
    if (object.value(QLatin1String("Type")).toString() != QLatin1String("container")) {
        return std::nullopt;
    }
    // Newer APIs dropped the legacy `status`/`id` fields: read Action and Actor.
    const QJsonObject actor = object.value(QLatin1String("Actor")).toObject();
    ContainerEvent event;
    event.action = object.value(QLatin1String("Action")).toString();
    event.id = actor.value(QLatin1String("ID")).toString();
    const QJsonObject attributes = actor.value(QLatin1String("Attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        event.attributes.insert(it.key(), it.value().toString());
    }
    event.timeNano = object.value(QLatin1String("timeNano")).toInteger();
    if (event.action.isEmpty() || event.id.isEmpty()) {
        return std::nullopt;
    }
    return event;
}

ContainerDetails ContainerDetails::fromJson(const QJsonObject &object)
{
    ContainerDetails details;
    details.id = object.value(QLatin1String("Id")).toString();
    details.name = object.value(QLatin1String("Name")).toString();
    if (details.name.startsWith(QLatin1Char('/'))) {
        details.name.remove(0, 1);
    }
    details.imageId = object.value(QLatin1String("Image")).toString();
    const QJsonObject config = object.value(QLatin1String("Config")).toObject();
    details.image = config.value(QLatin1String("Image")).toString();
    details.tty = config.value(QLatin1String("Tty")).toBool();
    const QJsonObject state = object.value(QLatin1String("State")).toObject();
    details.running = state.value(QLatin1String("Running")).toBool();
    details.paused = state.value(QLatin1String("Paused")).toBool();
    details.status = state.value(QLatin1String("Status")).toString();
    details.exitCode = state.value(QLatin1String("ExitCode")).toInt();
    details.inspect = object;
    return details;
}

} // namespace Stasis
