// SPDX-License-Identifier: GPL-2.0-or-later
// A container's recipe against the sandbox engine: a clone created from it
// has the source's configuration, and CRIU restores the source's checkpoint
// into it; a missing image, a taken name and another container's namespace
// are refused with a message that says what to do.
#include "containerfromrecipe.h"
#include "containerrecipe.h"
#include "enginetestsupport.h"
#include "restorefromjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class ContainerFromRecipeTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_prefix = QStringLiteral("stasis-recipetest-%1-%2-").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QStringList m_containers;
    QString m_source;

    /// The engine's inspect answer for @p container.
    EngineResult<QJsonObject> inspect(const QString &container)
    {
        return await(m_client->inspectContainer(container)).transform([](const ContainerDetails &details) {
            return details.inspect;
        });
    }

    /// Creates @p name from @p recipe and remembers it for the clean-up.
    EngineResult<QString> createFromRecipe(const ContainerRecipe &recipe, const QString &name)
    {
        const auto id = await(ContainerFromRecipe::create(m_client, recipe, name));
        if (id) {
            m_containers.append(*id);
        }
        return id;
    }

    EngineResult<bool> exists(const QString &container)
    {
        const auto details = await(m_client->inspectContainer(container));
        if (!details && details.error().kind == EngineError::Kind::NotFound) {
            return false;
        }
        return details.transform([](const ContainerDetails &) {
            return true;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;

        // A counter with more configuration than the engine's defaults.
        m_source = m_prefix + QStringLiteral("source");
        const QJsonObject hostConfig{
            {QStringLiteral("NetworkMode"), QStringLiteral("none")},
            {QStringLiteral("CapDrop"), QJsonArray{QStringLiteral("NET_RAW")}},
            {QStringLiteral("ShmSize"), 32 * 1024 * 1024},
            {QStringLiteral("ExtraHosts"), QJsonArray{QStringLiteral("db:192.0.2.7")}},
        };
        const QJsonObject body{
            {QStringLiteral("Image"), sandboxImage()},
            {QStringLiteral("Cmd"), QJsonArray::fromStringList(counterCommand())},
            {QStringLiteral("Env"), QJsonArray{QStringLiteral("MODE=recipe"), QStringLiteral("EMPTY=")}},
            {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("org.stasis.test"), QStringLiteral("recipe")}}},
            {QStringLiteral("WorkingDir"), QStringLiteral("/tmp")},
            {QStringLiteral("Hostname"), QStringLiteral("counter")},
            {QStringLiteral("StopSignal"), QStringLiteral("SIGKILL")},
            {QStringLiteral("StopTimeout"), 1},
            {QStringLiteral("HostConfig"), hostConfig},
        };
        ContainerSpec spec;
        spec.name = m_source;
        spec.configuration = body;
        const auto created = await(m_client->createContainer(spec));
        QVERIFY2(created, why(created).constData());
        m_containers.append(m_source);
        const auto started = await(m_client->startContainer(m_source));
        QVERIFY2(started, why(started).constData());
    }

    void cleanupTestCase()
    {
        for (const QString &container : std::as_const(m_containers)) {
            await(m_client->removeContainer(container, true));
        }
    }

    void readsTheRecipeOfAContainer()
    {
        const auto recipe = await(ContainerRecipe::ofContainer(m_client, m_source));
        QVERIFY2(recipe, why(recipe).constData());
        QCOMPARE(recipe->image, sandboxImage());
        QVERIFY(recipe->imageId.startsWith(QLatin1String("sha256:")));
        QCOMPARE(recipe->command, std::optional<QStringList>(counterCommand()));
        QVERIFY(recipe->env.contains(QStringLiteral("MODE=recipe")));
        QVERIFY(recipe->env.contains(QStringLiteral("EMPTY=")));
        QCOMPARE(recipe->labels.value(QStringLiteral("org.stasis.test")), QStringLiteral("recipe"));
        QCOMPARE(recipe->workingDir, QStringLiteral("/tmp"));
        QCOMPARE(recipe->hostname, QStringLiteral("counter"));
        QCOMPARE(recipe->stopSignal, QStringLiteral("SIGKILL"));
        QCOMPARE(recipe->stopTimeout, std::optional<qint64>(1));
        QCOMPARE(recipe->networkMode, QStringLiteral("none"));
        QCOMPARE(recipe->capDrop, QStringList{QStringLiteral("NET_RAW")});
        QCOMPARE(recipe->shmSize, qint64(32 * 1024 * 1024));
        QCOMPARE(recipe->extraHosts, QStringList{QStringLiteral("db:192.0.2.7")});
        QVERIFY(!recipe->tty);

        // What a manifest carries reads back to the same recipe.
        const auto back = ContainerRecipe::fromJson(QJsonDocument(recipe->toJson()).toJson());
        QVERIFY2(back, back ? "" : qPrintable(back.error()));
        QVERIFY(*back == *recipe);

        const auto missing = await(ContainerRecipe::ofContainer(m_client, m_prefix + QStringLiteral("nobody")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, EngineError::Kind::NotFound);
    }

    void restoresIntoACloneFromTheRecipe()
    {
        const auto counting = waitForCounterValues(*m_client, m_source, 3);
        QVERIFY2(counting, why(counting).constData());
        const auto recipe = await(ContainerRecipe::ofContainer(m_client, m_source));
        QVERIFY2(recipe, why(recipe).constData());

        const QString cloneName = m_prefix + QStringLiteral("clone");
        const auto clone = createFromRecipe(*recipe, cloneName);
        QVERIFY2(clone, why(clone).constData());
        QCOMPARE(clone->size(), 64);

        // The clone is created, not started, and configured as the source.
        const auto inspected = inspect(cloneName);
        QVERIFY2(inspected, why(inspected).constData());
        QCOMPARE(inspected->value(QLatin1StringView("Id")).toString(), *clone);
        QCOMPARE(inspected->value(QLatin1StringView("State")).toObject().value(QLatin1StringView("Status")).toString(), QStringLiteral("created"));
        const auto source = inspect(m_source);
        QVERIFY2(source, why(source).constData());
        QCOMPARE(inspected->value(QLatin1StringView("Image")), source->value(QLatin1StringView("Image")));
        const QJsonObject config = inspected->value(QLatin1StringView("Config")).toObject();
        const QJsonObject sourceConfig = source->value(QLatin1StringView("Config")).toObject();
        const char *const configKeys[] =
            {"Image", "Cmd", "Entrypoint", "Env", "Labels", "Tty", "OpenStdin", "WorkingDir", "User", "Hostname", "StopSignal", "StopTimeout"};
        for (const char *key : configKeys) {
            QVERIFY2(config.value(QLatin1StringView(key)) == sourceConfig.value(QLatin1StringView(key)), key);
        }
        const QJsonObject host = inspected->value(QLatin1StringView("HostConfig")).toObject();
        const QJsonObject sourceHost = source->value(QLatin1StringView("HostConfig")).toObject();
        for (const char *key : {"NetworkMode", "IpcMode", "PidMode", "CapDrop", "ShmSize", "ExtraHosts", "ReadonlyRootfs", "Privileged"}) {
            QVERIFY2(host.value(QLatin1StringView(key)) == sourceHost.value(QLatin1StringView(key)), key);
        }
        QCOMPARE(host.value(QLatin1StringView("NetworkMode")).toString(), QStringLiteral("none"));
        // And so is its recipe, as a whole.
        const auto cloneRecipe = await(ContainerRecipe::ofContainer(m_client, cloneName));
        QVERIFY2(cloneRecipe, why(cloneRecipe).constData());
        QVERIFY(*cloneRecipe == *recipe);

        // CRIU restores the source's checkpoint into the clone.
        const QString name = QStringLiteral("recipe-cp");
        const auto created = checkpoint(*m_client, m_source, CheckpointOptions{name, false, {}});
        QVERIFY2(created, why(created).constData());
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto details = await(m_client->inspectContainer(m_source));
                return details && !details->running;
            },
            10000));
        const auto frozen = await(m_client->logs(m_source)).transform([](const QByteArray &log) {
            return counterValues(log);
        });
        QVERIFY2(frozen, why(frozen).constData());
        QVERIFY(!frozen->isEmpty());

        auto *job = new RestoreFromJob(m_client, CheckpointCopy::Source{m_source, {}, name}, cloneName, this);
        job->setAutoDelete(false); // inspected after its result
        QSignalSpy result(job, &KJob::result);
        job->start();
        QVERIFY(result.wait(120000));
        QVERIFY2(!job->error(), qPrintable(job->errorText()));
        delete job;

        const auto values = waitForCounterValues(*m_client, cloneName, 3);
        QVERIFY2(values, why(values).constData());
        QCOMPARE(values->first(), frozen->last() + 1);
        for (qsizetype i = 1; i < values->size(); ++i) {
            QCOMPARE(values->at(i), values->at(i - 1) + 1);
        }
        const auto details = await(m_client->inspectContainer(cloneName));
        QVERIFY2(details, why(details).constData());
        QVERIFY(details->running);
    }

    void refusesAMissingImage()
    {
        const auto recipe = await(ContainerRecipe::ofContainer(m_client, m_source));
        QVERIFY2(recipe, why(recipe).constData());
        ContainerRecipe missing = *recipe;
        missing.image = QStringLiteral("stasis-recipetest/missing:1.2");
        missing.imageId = QStringLiteral("sha256:") + QString(64, QLatin1Char('0'));
        const QString name = m_prefix + QStringLiteral("no-image");
        const auto id = createFromRecipe(missing, name);
        QVERIFY(!id);
        QCOMPARE(id.error().kind, EngineError::Kind::NotFound);
        QCOMPARE(id.error().toString(),
                 QStringLiteral("Image stasis-recipetest/missing:1.2 is not on this engine: pull or load it there first "
                                "(docker pull stasis-recipetest/missing:1.2)."));
        const auto created = exists(name);
        QVERIFY2(created, why(created).constData());
        QVERIFY(!*created);

        // Only an id, and the engine does not have it.
        missing.image.clear();
        const auto byId = createFromRecipe(missing, name);
        QVERIFY(!byId);
        QCOMPARE(byId.error().kind, EngineError::Kind::NotFound);
        QVERIFY2(byId.error().toString().contains(QLatin1String("docker load")), qPrintable(byId.error().toString()));
    }

    void fallsBackToTheImageId()
    {
        // The tag is gone (or was never here), but the image itself is.
        const auto recipe = await(ContainerRecipe::ofContainer(m_client, m_source));
        QVERIFY2(recipe, why(recipe).constData());
        ContainerRecipe retagged = *recipe;
        retagged.image = QStringLiteral("stasis-recipetest/renamed:1");
        const QString name = m_prefix + QStringLiteral("by-id");
        const auto id = createFromRecipe(retagged, name);
        QVERIFY2(id, why(id).constData());
        const auto inspected = inspect(name);
        QVERIFY2(inspected, why(inspected).constData());
        QCOMPARE(inspected->value(QLatin1StringView("Image")).toString(), recipe->imageId);
    }

    void refusesATakenName()
    {
        const auto recipe = await(ContainerRecipe::ofContainer(m_client, m_source));
        QVERIFY2(recipe, why(recipe).constData());
        const auto before = inspect(m_source);
        QVERIFY2(before, why(before).constData());
        const auto id = createFromRecipe(*recipe, m_source);
        QVERIFY(!id);
        QCOMPARE(id.error().kind, EngineError::Kind::Conflict);
        QCOMPARE(id.error().toString(),
                 QStringLiteral("A container named %1 already exists on this engine: choose another name, or remove that container first.").arg(m_source));
        // The leading slash the engine puts before names changes nothing.
        const auto slashed = createFromRecipe(*recipe, QLatin1Char('/') + m_source);
        QVERIFY(!slashed);
        QCOMPARE(slashed.error().kind, EngineError::Kind::Conflict);
        const auto after = inspect(m_source);
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->value(QLatin1StringView("Id")), before->value(QLatin1StringView("Id")));

        // A name is taken by a name only, not by a container whose id starts with it.
        const QString idPrefix = before->value(QLatin1StringView("Id")).toString().left(16);
        const auto prefixName = createFromRecipe(*recipe, idPrefix);
        QVERIFY2(prefixName, why(prefixName).constData());
        QVERIFY(*prefixName != before->value(QLatin1StringView("Id")).toString());
    }

    void refusesAnotherContainersNamespace()
    {
        const auto recipe = await(ContainerRecipe::ofContainer(m_client, m_source));
        QVERIFY2(recipe, why(recipe).constData());
        ContainerRecipe shared = *recipe;
        shared.networkMode = QStringLiteral("container:") + recipe->imageId.mid(7, 12);
        const QString name = m_prefix + QStringLiteral("shared");
        const auto id = createFromRecipe(shared, name);
        QVERIFY(!id);
        QCOMPARE(id.error().kind, EngineError::Kind::BadRequest);
        QVERIFY2(id.error().toString().contains(QLatin1String("set NetworkMode to another mode")), qPrintable(id.error().toString()));
        const auto created = exists(name);
        QVERIFY2(created, why(created).constData());
        QVERIFY(!*created);
    }
};

QTEST_GUILESS_MAIN(ContainerFromRecipeTest)
#include "containerfromrecipetest.moc"
