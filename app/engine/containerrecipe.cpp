// SPDX-License-Identifier: GPL-2.0-or-later
#include "containerrecipe.h"

#include "engineclient.h"
#include "jsonfields.h"

#include <QJsonDocument>

namespace Stasis
{

namespace
{

/// Adds @p key to @p object unless @p value is empty.
void insertList(QJsonObject &object, QLatin1StringView key, const QStringList &value)
{
    if (!value.isEmpty()) {
        object.insert(key, QJsonArray::fromStringList(value));
    }
}

void insertString(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}

void insertMap(QJsonObject &object, QLatin1StringView key, const QMap<QString, QString> &map)
{
    if (!map.isEmpty()) {
        QJsonObject values;
        for (auto it = map.begin(); it != map.end(); ++it) {
            values.insert(it.key(), it.value());
        }
        object.insert(key, values);
    }
}

/// The configuration without anything that names the source engine's
/// containers; createBody() checks those separately.
QJsonObject configOf(const ContainerRecipe &recipe, bool withHostname)
{
    QJsonObject config;
    insertString(config, QLatin1StringView("Image"), recipe.image);
    if (recipe.command) {
        config.insert(QLatin1StringView("Cmd"), QJsonArray::fromStringList(*recipe.command));
    }
    if (recipe.entrypoint) {
        config.insert(QLatin1StringView("Entrypoint"), QJsonArray::fromStringList(*recipe.entrypoint));
    }
    insertList(config, QLatin1StringView("Env"), recipe.env);
    insertString(config, QLatin1StringView("WorkingDir"), recipe.workingDir);
    insertString(config, QLatin1StringView("User"), recipe.user);
    insertMap(config, QLatin1StringView("Labels"), recipe.labels);
    config.insert(QLatin1StringView("Tty"), recipe.tty);
    config.insert(QLatin1StringView("OpenStdin"), recipe.openStdin);
    config.insert(QLatin1StringView("StdinOnce"), recipe.stdinOnce);
    if (withHostname) {
        insertString(config, QLatin1StringView("Hostname"), recipe.hostname);
        insertString(config, QLatin1StringView("Domainname"), recipe.domainname);
    }
    insertString(config, QLatin1StringView("StopSignal"), recipe.stopSignal);
    if (recipe.stopTimeout) {
        config.insert(QLatin1StringView("StopTimeout"), *recipe.stopTimeout);
    }
    if (!recipe.volumes.isEmpty()) {
        QJsonObject volumes;
        for (const QString &volume : recipe.volumes) {
            volumes.insert(volume, QJsonObject());
        }
        config.insert(QLatin1StringView("Volumes"), volumes);
    }
    return config;
}

QJsonObject hostConfigOf(const ContainerRecipe &recipe)
{
    QJsonObject host;
    insertString(host, QLatin1StringView("NetworkMode"), recipe.networkMode);
    insertString(host, QLatin1StringView("IpcMode"), recipe.ipcMode);
    insertString(host, QLatin1StringView("PidMode"), recipe.pidMode);
    insertString(host, QLatin1StringView("UTSMode"), recipe.utsMode);
    insertString(host, QLatin1StringView("CgroupnsMode"), recipe.cgroupnsMode);
    insertString(host, QLatin1StringView("UsernsMode"), recipe.usernsMode);
    host.insert(QLatin1StringView("Privileged"), recipe.privileged);
    insertList(host, QLatin1StringView("CapAdd"), recipe.capAdd);
    insertList(host, QLatin1StringView("CapDrop"), recipe.capDrop);
    insertList(host, QLatin1StringView("SecurityOpt"), recipe.securityOpt);
    insertList(host, QLatin1StringView("Binds"), recipe.binds);
    if (!recipe.mounts.isEmpty()) {
        host.insert(QLatin1StringView("Mounts"), recipe.mounts);
    }
    if (!recipe.devices.isEmpty()) {
        host.insert(QLatin1StringView("Devices"), recipe.devices);
    }
    insertList(host, QLatin1StringView("DeviceCgroupRules"), recipe.deviceCgroupRules);
    insertMap(host, QLatin1StringView("Tmpfs"), recipe.tmpfs);
    if (recipe.shmSize > 0) {
        host.insert(QLatin1StringView("ShmSize"), recipe.shmSize);
    }
    if (recipe.init) {
        host.insert(QLatin1StringView("Init"), *recipe.init);
    }
    host.insert(QLatin1StringView("ReadonlyRootfs"), recipe.readonlyRootfs);
    insertList(host, QLatin1StringView("ExtraHosts"), recipe.extraHosts);
    insertList(host, QLatin1StringView("Dns"), recipe.dns);
    insertList(host, QLatin1StringView("DnsSearch"), recipe.dnsSearch);
    insertList(host, QLatin1StringView("DnsOptions"), recipe.dnsOptions);
    return host;
}

bool sharesWithContainer(const QString &mode)
{
    return mode.startsWith(QLatin1String("container:"));
}
} // namespace

QList<VolumeMount> ContainerRecipe::namedVolumes() const
{
    QList<VolumeMount> volumes;
    for (const QString &bind : binds) {
        // "name:/target[:options]"; a host folder starts with '/'.
        const QStringList parts = bind.split(QLatin1Char(':'));
        if (parts.size() >= 2 && !parts.first().isEmpty() && !parts.first().startsWith(QLatin1Char('/'))) {
            volumes.append(VolumeMount{parts.at(0), parts.at(1), parts.mid(2).join(QLatin1Char(':')).split(QLatin1Char(',')).contains(QLatin1String("ro"))});
        }
    }
    for (const QJsonValue &value : mounts) {
        const QJsonObject mount = value.toObject();
        const QString name = mount.value(QLatin1StringView("Source")).toString();
        if (mount.value(QLatin1StringView("Type")).toString() == QLatin1String("volume") && !name.isEmpty()) {
            volumes.append(VolumeMount{name, mount.value(QLatin1StringView("Target")).toString(), mount.value(QLatin1StringView("ReadOnly")).toBool()});
        }
    }
    return volumes;
}

QJsonObject ContainerRecipe::toJson() const
{
    QJsonObject host = hostConfigOf(*this);
    insertList(host, QLatin1StringView("VolumesFrom"), volumesFrom);
    QJsonObject object{
        {QLatin1StringView("Config"), configOf(*this, true)},
        {QLatin1StringView("HostConfig"), host},
    };
    insertString(object, QLatin1StringView("Image"), imageId);
    return object;
}

std::expected<ContainerRecipe, QString> ContainerRecipe::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::unexpected(tr("The container recipe is not JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject()) {
        return std::unexpected(tr("The container recipe must be a JSON object."));
    }
    return fromJson(document.object());
}

std::expected<ContainerRecipe, QString> ContainerRecipe::fromJson(const QJsonObject &object)
{
    JsonFields top(object);
    if (!top.has(QLatin1StringView("Config"))) {
        return std::unexpected(tr("The container recipe has no Config."));
    }
    ContainerRecipe recipe;
    recipe.imageId = top.string(QLatin1StringView("Image"));
    JsonFields config = top.child(QLatin1StringView("Config"));
    JsonFields host = top.child(QLatin1StringView("HostConfig"));
    recipe.image = config.string(QLatin1StringView("Image"));
    recipe.command = config.optionalStringList(QLatin1StringView("Cmd"));
    recipe.entrypoint = config.optionalStringList(QLatin1StringView("Entrypoint"));
    recipe.env = config.stringList(QLatin1StringView("Env"));
    recipe.workingDir = config.string(QLatin1StringView("WorkingDir"));
    recipe.user = config.string(QLatin1StringView("User"));
    recipe.labels = config.stringMap(QLatin1StringView("Labels"));
    recipe.tty = config.boolean(QLatin1StringView("Tty"));
    recipe.openStdin = config.boolean(QLatin1StringView("OpenStdin"));
    recipe.stdinOnce = config.boolean(QLatin1StringView("StdinOnce"));
    recipe.hostname = config.string(QLatin1StringView("Hostname"));
    recipe.domainname = config.string(QLatin1StringView("Domainname"));
    recipe.stopSignal = config.string(QLatin1StringView("StopSignal"));
    recipe.stopTimeout = config.integer(QLatin1StringView("StopTimeout"));
    recipe.volumes = config.keys(QLatin1StringView("Volumes"));

    recipe.networkMode = host.string(QLatin1StringView("NetworkMode"));
    recipe.ipcMode = host.string(QLatin1StringView("IpcMode"));
    recipe.pidMode = host.string(QLatin1StringView("PidMode"));
    recipe.utsMode = host.string(QLatin1StringView("UTSMode"));
    recipe.cgroupnsMode = host.string(QLatin1StringView("CgroupnsMode"));
    recipe.usernsMode = host.string(QLatin1StringView("UsernsMode"));
    recipe.privileged = host.boolean(QLatin1StringView("Privileged"));
    recipe.capAdd = host.stringList(QLatin1StringView("CapAdd"));
    recipe.capDrop = host.stringList(QLatin1StringView("CapDrop"));
    recipe.securityOpt = host.stringList(QLatin1StringView("SecurityOpt"));
    recipe.binds = host.stringList(QLatin1StringView("Binds"));
    recipe.mounts = host.objects(QLatin1StringView("Mounts"), {QLatin1StringView("Type"), QLatin1StringView("Target")});
    recipe.devices = host.objects(QLatin1StringView("Devices"), {QLatin1StringView("PathOnHost")});
    recipe.deviceCgroupRules = host.stringList(QLatin1StringView("DeviceCgroupRules"));
    recipe.tmpfs = host.stringMap(QLatin1StringView("Tmpfs"));
    recipe.shmSize = host.integer(QLatin1StringView("ShmSize")).value_or(0);
    recipe.init = host.optionalBoolean(QLatin1StringView("Init"));
    recipe.readonlyRootfs = host.boolean(QLatin1StringView("ReadonlyRootfs"));
    recipe.extraHosts = host.stringList(QLatin1StringView("ExtraHosts"));
    recipe.dns = host.stringList(QLatin1StringView("Dns"));
    recipe.dnsSearch = host.stringList(QLatin1StringView("DnsSearch"));
    recipe.dnsOptions = host.stringList(QLatin1StringView("DnsOptions"));
    recipe.volumesFrom = host.stringList(QLatin1StringView("VolumesFrom"));

    if (top.failed()) {
        return std::unexpected(tr("The container recipe is malformed: %1").arg(top.error()));
    }
    if (recipe.image.isEmpty() && recipe.imageId.isEmpty()) {
        return std::unexpected(tr("The container recipe names no image (neither Config.Image nor Image)."));
    }
    return recipe;
}

std::expected<QJsonObject, QString> ContainerRecipe::createBody() const
{
    const std::pair<QLatin1StringView, QString> modes[] = {
        {QLatin1StringView("NetworkMode"), networkMode},
        {QLatin1StringView("IpcMode"), ipcMode},
        {QLatin1StringView("PidMode"), pidMode},
    };
    for (const auto &[key, mode] : modes) {
        if (sharesWithContainer(mode)) {
            return std::unexpected(tr("The container shared a namespace with another container of its engine (%1 %2), which cannot be recreated from "
                                      "a recipe: set %1 to another mode (e.g. \"none\" for the network) first.")
                                       .arg(key, mode));
        }
    }
    if (!volumesFrom.isEmpty()) {
        return std::unexpected(tr("The container used the volumes of other containers of its engine (VolumesFrom %1), which cannot be recreated "
                                  "from a recipe: add those volumes as mounts instead.")
                                   .arg(volumesFrom.join(QLatin1String(", "))));
    }
    if (image.isEmpty() && imageId.isEmpty()) {
        return std::unexpected(tr("The container recipe names no image."));
    }
    // With the host's UTS namespace the hostname is the host's, not the container's; the engine refuses one anyway.
    const bool ownHostname = networkMode != QLatin1String("host") && utsMode != QLatin1String("host");
    QJsonObject body = configOf(*this, ownHostname);
    body.insert(QLatin1StringView("Image"), image.isEmpty() ? imageId : image);
    body.insert(QLatin1StringView("HostConfig"), hostConfigOf(*this));
    return body;
}

EngineResult<ContainerRecipe> ContainerRecipe::of(const ContainerDetails &details)
{
    const std::expected<ContainerRecipe, QString> recipe = fromJson(details.inspect);
    if (!recipe) {
        const QString container = details.name.isEmpty() ? details.id : details.name;
        return std::unexpected(
            EngineError{EngineError::Kind::Protocol, 0, tr("The engine's description of %1 cannot be read: %2").arg(container, recipe.error())});
    }
    return *recipe;
}

QFuture<EngineResult<ContainerRecipe>> ContainerRecipe::ofContainer(EngineClient *client, const QString &container)
{
    return client->inspectContainer(container).then(client, [](const EngineResult<ContainerDetails> &details) {
        return details.and_then(&ContainerRecipe::of);
    });
}

} // namespace Stasis
