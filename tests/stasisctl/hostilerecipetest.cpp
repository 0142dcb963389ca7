// SPDX-License-Identifier: GPL-2.0-or-later
// Hostile recipes through the built stasisctl against the sandbox engine: an
// archive whose manifest asks for a setting that reaches the host is refused
// by `checkpoint import --create` in one line naming the setting and
// --allow-host-config, exit 2, and no container is created; with the flag it
// is created as asked. The recipe of an ordinary container of this engine
// (the counter, CgroupnsMode host included) needs no flag, and
// `checkpoint restore --from --create` refuses a privileged source alike.
#include "containerrecipe.h"
#include "enginetestsupport.h"
#include "samplearchives.h"
#include "stasisctlrun.h"

#include <QTemporaryDir>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
/// Whether @p found holds everything @p asked holds (the engine may add fields).
bool holds(const QJsonValue &found, const QJsonValue &asked)
{
    if (asked.isObject()) {
        const QJsonObject object = asked.toObject();
        return std::ranges::all_of(object.keys(), [&](const QString &key) {
            return holds(found.toObject().value(key), object.value(key));
        });
    }
    if (asked.isArray()) {
        const QJsonArray array = asked.toArray();
        const QJsonArray foundArray = found.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i >= foundArray.size() || !holds(foundArray.at(i), array.at(i))) {
                return false;
            }
        }
        return foundArray.size() == array.size();
    }
    return found == asked;
}
} // namespace

class HostileRecipeTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_prefix = QStringLiteral("stasis-hrtest-%1-").arg(QCoreApplication::applicationPid());
    QString m_model = m_prefix + QStringLiteral("model");
    QTemporaryDir m_work;
    QJsonObject m_recipe;
    QStringList m_created;
    int m_archives = 0;

    /// An archive whose container configuration is @p configuration.
    QString archiveOf(const QJsonObject &configuration)
    {
        const QString file = m_work.filePath(QStringLiteral("hostile-%1.tar.gz").arg(++m_archives));
        const QByteArray manifest = manifestWithRecipe(configuration);
        return writeArchive(file, ArchiveFormat::TarGzip, goodTar(manifest).finish()) ? file : QString();
    }

    /// Whether a container named @p name exists, through the engine's API.
    bool exists(const QString &name)
    {
        const auto listed = await(m_client->listContainers(ContainerFilter{{}, name, {}}));
        return listed && !listed->containers.isEmpty();
    }

    QString nextName()
    {
        m_created.append(m_prefix + QString::number(m_created.size()));
        return m_created.last();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        QVERIFY(m_work.isValid());
        m_client = *client;
        const auto created = createCounter(*m_client, m_model);
        QVERIFY2(created, why(created).constData());
        const auto recipe = await(ContainerRecipe::ofContainer(m_client, m_model));
        QVERIFY2(recipe, why(recipe).constData());
        // What this engine records for every container: not a request.
        QCOMPARE(recipe->cgroupnsMode, QStringLiteral("host"));
        m_recipe = recipe->toJson();
    }

    void cleanupTestCase()
    {
        if (!m_client) {
            return;
        }
        for (const QString &name : std::as_const(m_created)) {
            await(m_client->removeContainer(name, true, true));
        }
        await(m_client->removeContainer(m_model, true, true));
    }

    void importsAnOrdinaryRecipeWithoutTheFlag()
    {
        const QString archive = archiveOf(m_recipe);
        QVERIFY(!archive.isEmpty());
        const QString name = nextName();
        const CtlRun run = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--create"), archive, name});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(exists(name));
    }

    void refusesEachHostSetting_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        const auto host = QStringLiteral("HostConfig");
        QTest::newRow("privileged") << host << QStringLiteral("Privileged") << QJsonValue(true) << QStringLiteral("privileged mode");
        QTest::newRow("CapAdd") << host << QStringLiteral("CapAdd") << QJsonValue(QJsonArray{QStringLiteral("SYS_ADMIN")})
                                << QStringLiteral("added capability SYS_ADMIN");
        QTest::newRow("seccomp unconfined") << host << QStringLiteral("SecurityOpt") << QJsonValue(QJsonArray{QStringLiteral("seccomp=unconfined")})
                                            << QStringLiteral("confinement off seccomp=unconfined");
        QTest::newRow("network host") << host << QStringLiteral("NetworkMode") << QJsonValue(QStringLiteral("host")) << QStringLiteral("host network");
        QTest::newRow("pid host") << host << QStringLiteral("PidMode") << QJsonValue(QStringLiteral("host")) << QStringLiteral("host PID namespace");
        QTest::newRow("ipc host") << host << QStringLiteral("IpcMode") << QJsonValue(QStringLiteral("host")) << QStringLiteral("host IPC namespace");
        QTest::newRow("uts host") << host << QStringLiteral("UTSMode") << QJsonValue(QStringLiteral("host")) << QStringLiteral("host UTS namespace");
        QTest::newRow("userns host") << host << QStringLiteral("UsernsMode") << QJsonValue(QStringLiteral("host")) << QStringLiteral("host user namespace");
        QTest::newRow("host bind") << host << QStringLiteral("Binds") << QJsonValue(QJsonArray{QStringLiteral("/:/host")})
                                   << QStringLiteral("host folder /:/host");
        QTest::newRow("device") << host << QStringLiteral("Devices")
                                << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("PathOnHost"), QStringLiteral("/dev/null")},
                                                                     {QStringLiteral("PathInContainer"), QStringLiteral("/dev/hostnull")},
                                                                     {QStringLiteral("CgroupPermissions"), QStringLiteral("rwm")}}})
                                << QStringLiteral("host device /dev/null");
        const QJsonObject bindRoot{{QStringLiteral("Name"), QStringLiteral("local")},
                                   {QStringLiteral("Options"),
                                    QJsonObject{{QStringLiteral("type"), QStringLiteral("none")},
                                                {QStringLiteral("o"), QStringLiteral("bind")},
                                                {QStringLiteral("device"), QStringLiteral("/")}}}};
        // Anonymous: removed with the container.
        const QJsonObject mount{{QStringLiteral("Type"), QStringLiteral("volume")},
                                {QStringLiteral("Target"), QStringLiteral("/host")},
                                {QStringLiteral("VolumeOptions"), QJsonObject{{QStringLiteral("DriverConfig"), bindRoot}}}};
        QTest::newRow("local volume binding /") << host << QStringLiteral("Mounts") << QJsonValue(QJsonArray{mount})
                                                << QStringLiteral("volume of a host path /:/host");
        QTest::newRow("Stasis label") << QStringLiteral("Config") << QStringLiteral("Labels")
                                      << QJsonValue(QJsonObject{{QStringLiteral("org.stasis.helper"), QStringLiteral("true")}})
                                      << QStringLiteral("Stasis label org.stasis.helper");
    }

    void refusesEachHostSetting()
    {
        QFETCH(QString, part);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        QJsonObject configuration = m_recipe;
        QJsonObject fields = configuration.value(part).toObject();
        fields.insert(key, value);
        configuration.insert(part, fields);
        const QString archive = archiveOf(configuration);
        QVERIFY(!archive.isEmpty());
        const QString name = nextName();

        const CtlRun refused = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--create"), archive, name});
        QCOMPARE(refused.exitCode, 2);
        // After the progress messages, one line says it all.
        const QString refusal = refused.err.split(QLatin1Char('\n')).constLast();
        QVERIFY2(refusal.contains(named), qPrintable(refused.err));
        QVERIFY2(refusal.contains(QLatin1String("--allow-host-config")), qPrintable(refused.err));
        QVERIFY(!exists(name));

        const CtlRun allowed = stasisctl(
            {QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--create"), QStringLiteral("--allow-host-config"), archive, name});
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
        const auto details = await(m_client->inspectContainer(name));
        QVERIFY2(details, why(details).constData());
        const QJsonValue found = details->inspect.value(part).toObject().value(key);
        QVERIFY2(holds(found, value), qPrintable(QString::fromUtf8(QJsonDocument(details->inspect.value(part).toObject()).toJson(QJsonDocument::Compact))));
    }

    void restoreFromCreateRefusesAPrivilegedSource()
    {
        const QString source = nextName();
        QJsonObject configuration = m_recipe;
        QJsonObject host = configuration.value(QLatin1StringView("HostConfig")).toObject();
        host.insert(QStringLiteral("Privileged"), true);
        configuration.insert(QStringLiteral("HostConfig"), host);
        const auto recipe = ContainerRecipe::fromJson(configuration);
        QVERIFY2(recipe, why(recipe).constData());
        const auto body = recipe->createBody();
        QVERIFY2(body, why(body).constData());
        ContainerSpec spec;
        spec.name = source;
        spec.configuration = *body;
        const auto created = await(m_client->createContainer(spec));
        QVERIFY2(created, why(created).constData());

        const QString target = nextName();
        const CtlRun refused = stasisctl({QStringLiteral("checkpoint"),
                                          QStringLiteral("restore"),
                                          QStringLiteral("--from"),
                                          source,
                                          QStringLiteral("--create"),
                                          target,
                                          QStringLiteral("cp1")});
        QCOMPARE(refused.exitCode, 2);
        const QString refusal = refused.err.split(QLatin1Char('\n')).constLast();
        QVERIFY2(refusal.contains(QLatin1String("privileged mode")), qPrintable(refused.err));
        QVERIFY2(refusal.contains(QLatin1String("--allow-host-config")), qPrintable(refused.err));
        QVERIFY(!exists(target));
    }
};

QTEST_GUILESS_MAIN(HostileRecipeTest)
#include "hostilerecipetest.moc"
