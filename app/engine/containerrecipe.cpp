// SPDX-License-Identifier: GPL-2.0-or-later
#include "containerrecipe.h"

#include "engineclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace Stasis
{

namespace
{

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return ContainerRecipe::tr("a boolean");
    case QJsonValue::Double:
        return ContainerRecipe::tr("a number");
    case QJsonValue::String:
        return ContainerRecipe::tr("a string");
    case QJsonValue::Array:
        return ContainerRecipe::tr("a list");
    case QJsonValue::Object:
        return ContainerRecipe::tr("an object");
    default:
        return ContainerRecipe::tr("nothing");
    }
}

/// Reads fields of one JSON object strictly: `null` and missing fields give
/// the default, a wrong type records an error naming the field (the first
/// one wins) and gives the default too.
class FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::ContainerRecipe)

public:
    FieldReader(const QJsonObject &object, const QString &path, QString *error)
        : m_object(object)
        , m_path(path)
        , m_error(error)
    {
    }

    bool has(QLatin1StringView key) const
    {
        const QJsonValue value = m_object.value(key);
        return !value.isUndefined() && !value.isNull();
    }

    QString string(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (!present(value)) {
            return {};
        }
        if (!value.isString()) {
            fail(field(key), tr("a string"), value);
            return {};
        }
        return value.toString();
    }

    bool boolean(QLatin1StringView key)
    {
        return optionalBoolean(key).value_or(false);
    }

    std::optional<bool> optionalBoolean(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (!present(value)) {
            return std::nullopt;
        }
        if (!value.isBool()) {
            fail(field(key), tr("a boolean"), value);
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<qint64> integer(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (!present(value)) {
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 9007199254740992.0) {
            fail(field(key), tr("a whole number"), value);
            return std::nullopt;
        }
        return value.toInteger();
    }

    std::optional<QStringList> optionalStrings(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (!present(value)) {
            return std::nullopt;
        }
        if (!value.isArray()) {
            fail(field(key), tr("a list of strings"), value);
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        QStringList strings;
        strings.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(QStringLiteral("%1[%2]").arg(field(key)).arg(i), tr("a string"), array.at(i));
                return std::nullopt;
            }
            strings.append(array.at(i).toString());
        }
        return strings;
    }

    QStringList strings(QLatin1StringView key)
    {
        return optionalStrings(key).value_or(QStringList());
    }

    QMap<QString, QString> stringMap(QLatin1StringView key)
    {
        QMap<QString, QString> map;
        const QJsonObject object = this->object(key);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString()) {
                fail(field(key) + QLatin1Char('.') + it.key(), tr("a string"), it.value());
                return {};
            }
            map.insert(it.key(), it.value().toString());
        }
        return map;
    }

    /// The keys of an object whose values are objects (`{"/data": {}}`).
    QStringList keys(QLatin1StringView key)
    {
        const QJsonObject object = this->object(key);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isObject()) {
                fail(field(key) + QLatin1Char('.') + it.key(), tr("an object"), it.value());
                return {};
            }
        }
        return object.keys();
    }

    /// A list of objects, each with the string fields @p required.
    QJsonArray objects(QLatin1StringView key, std::initializer_list<QLatin1StringView> required)
    {
        const QJsonValue value = m_object.value(key);
        if (!present(value)) {
            return {};
        }
        if (!value.isArray()) {
            fail(field(key), tr("a list of objects"), value);
            return {};
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString entry = QStringLiteral("%1[%2]").arg(field(key)).arg(i);
            if (!array.at(i).isObject()) {
                fail(entry, tr("an object"), array.at(i));
                return {};
            }
            const QJsonObject object = array.at(i).toObject();
            for (const QLatin1StringView name : required) {
                if (!object.value(name).isString() || object.value(name).toString().isEmpty()) {
                    fail(entry + QLatin1Char('.') + name, tr("a non-empty string"), object.value(name));
                    return {};
                }
            }
        }
        return array;
    }

    QJsonObject object(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (!present(value)) {
            return {};
        }
        if (!value.isObject()) {
            fail(field(key), tr("an object"), value);
            return {};
        }
        return value.toObject();
    }

    FieldReader child(QLatin1StringView key)
    {
        return FieldReader(object(key), field(key), m_error);
    }

private:
    static bool present(const QJsonValue &value)
    {
        return !value.isUndefined() && !value.isNull();
    }

    QString field(QLatin1StringView key) const
    {
        return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
    }

    void fail(const QString &field, const QString &expected, const QJsonValue &found)
    {
        if (m_error->isEmpty()) {
            *m_error = tr("%1 must be %2, not %3.").arg(field, expected, kindOf(found));
        }
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

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
    host.insert(QLatin1StringView("Privileged"), recipe.privileged);
    insertList(host, QLatin1StringView("CapAdd"), recipe.capAdd);
    insertList(host, QLatin1StringView("CapDrop"), recipe.capDrop);
    insertList(host, QLatin1StringView("SecurityOpt"), recipe.securityOpt);
    insertList(host, QLatin1StringView("Binds"), recipe.binds);
    if (!recipe.mounts.isEmpty()) {
        host.insert(QLatin1StringView("Mounts"), recipe.mounts);
    }
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
    QString error;
    FieldReader top(object, {}, &error);
    if (!top.has(QLatin1StringView("Config"))) {
        return std::unexpected(tr("The container recipe has no Config."));
    }
    ContainerRecipe recipe;
    recipe.imageId = top.string(QLatin1StringView("Image"));

    FieldReader config = top.child(QLatin1StringView("Config"));
    recipe.image = config.string(QLatin1StringView("Image"));
    recipe.command = config.optionalStrings(QLatin1StringView("Cmd"));
    recipe.entrypoint = config.optionalStrings(QLatin1StringView("Entrypoint"));
    recipe.env = config.strings(QLatin1StringView("Env"));
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

    FieldReader host = top.child(QLatin1StringView("HostConfig"));
    recipe.networkMode = host.string(QLatin1StringView("NetworkMode"));
    recipe.ipcMode = host.string(QLatin1StringView("IpcMode"));
    recipe.pidMode = host.string(QLatin1StringView("PidMode"));
    recipe.utsMode = host.string(QLatin1StringView("UTSMode"));
    recipe.cgroupnsMode = host.string(QLatin1StringView("CgroupnsMode"));
    recipe.privileged = host.boolean(QLatin1StringView("Privileged"));
    recipe.capAdd = host.strings(QLatin1StringView("CapAdd"));
    recipe.capDrop = host.strings(QLatin1StringView("CapDrop"));
    recipe.securityOpt = host.strings(QLatin1StringView("SecurityOpt"));
    recipe.binds = host.strings(QLatin1StringView("Binds"));
    recipe.mounts = host.objects(QLatin1StringView("Mounts"), {QLatin1StringView("Type"), QLatin1StringView("Target")});
    recipe.tmpfs = host.stringMap(QLatin1StringView("Tmpfs"));
    recipe.shmSize = host.integer(QLatin1StringView("ShmSize")).value_or(0);
    recipe.init = host.optionalBoolean(QLatin1StringView("Init"));
    recipe.readonlyRootfs = host.boolean(QLatin1StringView("ReadonlyRootfs"));
    recipe.extraHosts = host.strings(QLatin1StringView("ExtraHosts"));
    recipe.dns = host.strings(QLatin1StringView("Dns"));
    recipe.dnsSearch = host.strings(QLatin1StringView("DnsSearch"));
    recipe.dnsOptions = host.strings(QLatin1StringView("DnsOptions"));
    recipe.volumesFrom = host.strings(QLatin1StringView("VolumesFrom"));

    if (!error.isEmpty()) {
        return std::unexpected(tr("The container recipe is malformed: %1").arg(error));
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
