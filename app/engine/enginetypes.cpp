// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginetypes.h"

#include "enginelogging.h"
#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <limits>

namespace Stasis
{

namespace
{

constexpr JsonString<EngineVersion> versionStrings[] = {
    {QLatin1StringView("Version"), &EngineVersion::version},
    {QLatin1StringView("ApiVersion"), &EngineVersion::apiVersion},
    {QLatin1StringView("MinAPIVersion"), &EngineVersion::minApiVersion},
    {QLatin1StringView("Os"), &EngineVersion::os},
    {QLatin1StringView("Arch"), &EngineVersion::arch},
    {QLatin1StringView("KernelVersion"), &EngineVersion::kernelVersion},
};

constexpr JsonFields::Range count{0, std::numeric_limits<int>::max()};
constexpr JsonFields::Range exitCodes{std::numeric_limits<int>::min(), std::numeric_limits<int>::max()};

/// Answers are read leniently: a field of the wrong type keeps its default, and the log says which.
void warnIfMalformed(const JsonFields &fields, const char *endpoint)
{
    if (fields.failed()) {
        qCWarning(lcEngine) << "The engine's answer to" << endpoint << "is malformed:" << fields.error();
    }
}

QString withoutSlash(const QString &name)
{
    return name.startsWith(QLatin1Char('/')) ? name.mid(1) : name;
}

} // namespace

EngineVersion EngineVersion::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    EngineVersion version;
    fields.readStrings(version, versionStrings);
    warnIfMalformed(fields, "/version");
    return version;
}

QJsonObject EngineVersion::toJson() const
{
    return jsonStrings(*this, versionStrings);
}

EngineInfo EngineInfo::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    EngineInfo info;
    info.id = fields.string(QLatin1StringView("ID"));
    info.name = fields.string(QLatin1StringView("Name"));
    info.serverVersion = fields.string(QLatin1StringView("ServerVersion"));
    info.operatingSystem = fields.string(QLatin1StringView("OperatingSystem"));
    info.osType = fields.string(QLatin1StringView("OSType"));
    info.kernelVersion = fields.string(QLatin1StringView("KernelVersion"));
    info.architecture = fields.string(QLatin1StringView("Architecture"));
    info.dockerRootDir = fields.string(QLatin1StringView("DockerRootDir"));
    info.experimentalBuild = fields.boolean(QLatin1StringView("ExperimentalBuild"));
    info.containers = int(fields.integer(QLatin1StringView("Containers"), count).value_or(0));
    info.containersRunning = int(fields.integer(QLatin1StringView("ContainersRunning"), count).value_or(0));
    warnIfMalformed(fields, "/info");
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
    for (const VolumeMount &mount : namedVolumes) {
        mountList.append(QJsonObject{
            {QLatin1String("Type"), QLatin1String("volume")},
            {QLatin1String("Source"), mount.name},
            {QLatin1String("Target"), mount.target},
            {QLatin1String("ReadOnly"), mount.readOnly},
            {QLatin1String("VolumeOptions"), QJsonObject{{QLatin1String("NoCopy"), true}}},
        });
    }
    QJsonObject hostConfig{{QLatin1String("NetworkMode"), networkMode}};
    if (!mountList.isEmpty()) {
        hostConfig.insert(QLatin1String("Mounts"), mountList);
    }
    if (confined) {
        hostConfig.insert(QLatin1String("CapDrop"), QJsonArray{QStringLiteral("ALL")});
        hostConfig.insert(QLatin1String("SecurityOpt"), QJsonArray{QStringLiteral("no-new-privileges")});
        hostConfig.insert(QLatin1String("ReadonlyRootfs"), true);
        hostConfig.insert(QLatin1String("PidsLimit"), confinedProcesses);
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
    if (confined) {
        object.insert(QLatin1String("Healthcheck"), QJsonObject{{QLatin1String("Test"), QJsonArray{QStringLiteral("NONE")}}});
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
    JsonFields fields(object);
    ContainerSummary summary;
    summary.id = fields.string(QLatin1StringView("Id"));
    const QStringList names = fields.stringList(QLatin1StringView("Names"));
    summary.name = withoutSlash(names.isEmpty() ? summary.id.left(12) : names.first());
    summary.image = fields.string(QLatin1StringView("Image"));
    summary.state = fields.string(QLatin1StringView("State"));
    summary.status = fields.string(QLatin1StringView("Status"));
    summary.created = QDateTime::fromSecsSinceEpoch(fields.integer(QLatin1StringView("Created")).value_or(0), QTimeZone::UTC);
    summary.labels = fields.stringMap(QLatin1StringView("Labels"));
    for (JsonFields &mount : fields.children(QLatin1StringView("Mounts"))) {
        summary.mounts.append(
            BindMount{mount.string(QLatin1StringView("Source")), mount.string(QLatin1StringView("Destination")), !mount.boolean(QLatin1StringView("RW"))});
    }
    warnIfMalformed(fields, "/containers/json");
    return summary;
}

bool ContainerSummary::isStasisHelper() const
{
    return labels.value(helperLabel) == QLatin1String("true");
}

std::optional<ContainerEvent> ContainerEvent::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    if (fields.string(QLatin1StringView("Type")) != QLatin1String("container")) {
        return std::nullopt;
    }
    // Newer APIs dropped the legacy `status`/`id` fields: read Action and Actor.
    JsonFields actor = fields.child(QLatin1StringView("Actor"));
    ContainerEvent event;
    event.action = fields.string(QLatin1StringView("Action"));
    event.id = actor.string(QLatin1StringView("ID"));
    event.attributes = actor.stringMap(QLatin1StringView("Attributes"));
    event.timeNano = fields.integer(QLatin1StringView("timeNano")).value_or(0);
    warnIfMalformed(fields, "/events");
    if (event.action.isEmpty() || event.id.isEmpty()) {
        return std::nullopt;
    }
    return event;
}

ContainerDetails ContainerDetails::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    ContainerDetails details;
    details.id = fields.string(QLatin1StringView("Id"));
    details.name = withoutSlash(fields.string(QLatin1StringView("Name")));
    details.imageId = fields.string(QLatin1StringView("Image"));
    JsonFields config = fields.child(QLatin1StringView("Config"));
    details.image = config.string(QLatin1StringView("Image"));
    details.tty = config.boolean(QLatin1StringView("Tty"));
    JsonFields state = fields.child(QLatin1StringView("State"));
    details.running = state.boolean(QLatin1StringView("Running"));
    details.paused = state.boolean(QLatin1StringView("Paused"));
    details.status = state.string(QLatin1StringView("Status"));
    details.exitCode = int(state.integer(QLatin1StringView("ExitCode"), exitCodes).value_or(0));
    for (JsonFields &mount : fields.children(QLatin1StringView("Mounts"))) {
        details.mounts.append(MountPoint{mount.string(QLatin1StringView("Type")),
                                         mount.string(QLatin1StringView("Name")),
                                         mount.string(QLatin1StringView("Driver")),
                                         mount.string(QLatin1StringView("Source")),
                                         mount.string(QLatin1StringView("Destination")),
                                         !mount.boolean(QLatin1StringView("RW"))});
    }
    details.inspect = object;
    warnIfMalformed(fields, "/containers/{id}/json");
    return details;
}

std::expected<VolumeDetails, QString> VolumeDetails::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    VolumeDetails volume;
    volume.name = fields.string(QLatin1StringView("Name"), JsonFields::Need::Required);
    volume.driver = fields.string(QLatin1StringView("Driver"), JsonFields::Need::Required);
    volume.mountpoint = fields.optionalString(QLatin1StringView("Mountpoint"));
    if (volume.mountpoint && volume.mountpoint->isEmpty()) {
        volume.mountpoint.reset();
    }
    volume.labels = fields.stringMap(QLatin1StringView("Labels"));
    volume.scope = fields.string(QLatin1StringView("Scope"), JsonFields::Need::Required);
    volume.createdAt = fields.string(QLatin1StringView("CreatedAt"));
    if (volume.name.isEmpty()) {
        fields.reject(QLatin1StringView("Name"), tr("a non-empty string"));
    }
    if (volume.driver.isEmpty()) {
        fields.reject(QLatin1StringView("Driver"), tr("a non-empty string"));
    }
    if (volume.scope != QLatin1String("local") && volume.scope != QLatin1String("global")) {
        fields.reject(QLatin1StringView("Scope"), tr("\"local\" or \"global\""));
    }
    if (fields.failed()) {
        return std::unexpected(fields.error());
    }
    return volume;
}

std::optional<FileSystemChange> FileSystemChange::fromJson(const QJsonObject &object)
{
    const QJsonValue path = object.value(QLatin1String("Path"));
    const QJsonValue kind = object.value(QLatin1String("Kind"));
    if (!path.isString() || !path.toString().startsWith(QLatin1Char('/')) || !kind.isDouble()) {
        return std::nullopt;
    }
    const int value = kind.toInt(-1);
    if (value < int(Kind::Modified) || value > int(Kind::Deleted)) {
        return std::nullopt;
    }
    return FileSystemChange{path.toString(), Kind(value)};
}

} // namespace Stasis
