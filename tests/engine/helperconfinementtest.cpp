// SPDX-License-Identifier: GPL-2.0-or-later
// Helper containers on the sandbox engine: made from Stasis's own image,
// loaded when the engine lacks it (removing other builds' images) and refused
// when another image took its name; confined as asked.
#include "enginetestsupport.h"
#include "helperimage.h"
#include "helperlease.h"
#include "helperregistry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class HelperConfinementTest : public QObject
{
    Q_OBJECT

    QObject m_clients;

    /// A new client, so its registry knows nothing about the engine's images yet.
    std::expected<EngineClient *, QString> freshClient()
    {
        return connectToSandbox(&m_clients);
    }

    /// Removes the helper image's name from the engine; the image goes too
    /// unless a helper still being removed uses it.
    static std::expected<QString, QString> forgetHelperImage()
    {
        const auto listed = dockerCli({QStringLiteral("image"), QStringLiteral("ls"), QStringLiteral("-q"), HelperImage::reference()});
        if (!listed || listed->isEmpty()) {
            return listed;
        }
        return dockerCli({QStringLiteral("image"), QStringLiteral("rm"), QStringLiteral("--force"), HelperImage::reference()});
    }

private Q_SLOTS:
    void missingImageIsLoadedAndHelpersAreConfined()
    {
        const auto removed = forgetHelperImage();
        QVERIFY2(removed, why(removed).constData());
        auto client = freshClient();
        QVERIFY2(client, why(client).constData());
        QCOMPARE(await((*client)->inspectImage(HelperImage::reference())).error().kind, EngineError::Kind::NotFound);

        const auto lease = await(HelperRegistry::of(*client)->create(QStringLiteral("/tmp")));
        QVERIFY2(lease, why(lease).constData());
        const auto image = await((*client)->inspectImage(HelperImage::reference()));
        QVERIFY2(image, why(image).constData());
        QCOMPARE(image->layers, QStringList{HelperImage::layerDigest()});

        const auto details = await((*client)->inspectContainer((*lease)->id()));
        QVERIFY2(details, why(details).constData());
        QCOMPARE(details->imageId, image->id);
        const QJsonObject config = details->inspect.value(QLatin1String("Config")).toObject();
        QCOMPARE(config.value(QLatin1String("Healthcheck")).toObject().value(QLatin1String("Test")).toArray(), QJsonArray{QStringLiteral("NONE")});
        QCOMPARE(config.value(QLatin1String("User")).toString(), QStringLiteral("0:0"));
        QVERIFY(config.value(QLatin1String("Volumes")).toObject().isEmpty());
        const QJsonObject host = details->inspect.value(QLatin1String("HostConfig")).toObject();
        QCOMPARE(host.value(QLatin1String("CapDrop")).toArray(), QJsonArray{QStringLiteral("ALL")});
        QVERIFY(host.value(QLatin1String("CapAdd")).toArray().isEmpty());
        QCOMPARE(host.value(QLatin1String("Privileged")).toBool(), false);
        QCOMPARE(host.value(QLatin1String("SecurityOpt")).toArray(), QJsonArray{QStringLiteral("no-new-privileges")});
        QCOMPARE(host.value(QLatin1String("ReadonlyRootfs")).toBool(), true);
        QCOMPARE(host.value(QLatin1String("PidsLimit")).toInt(), ContainerSpec::confinedProcesses);
        QCOMPARE(host.value(QLatin1String("NetworkMode")).toString(), QStringLiteral("none"));
        const QJsonArray mounts = details->inspect.value(QLatin1String("Mounts")).toArray();
        QCOMPARE(mounts.size(), 1);
        QCOMPARE(mounts.first().toObject().value(QLatin1String("Source")).toString(), QStringLiteral("/tmp"));
        QCOMPARE(mounts.first().toObject().value(QLatin1String("RW")).toBool(), false);
        const auto gone = await((*lease)->remove());
        QVERIFY2(gone, why(gone).constData());
    }

    void anImpostorUnderItsNameIsRefused()
    {
        auto client = freshClient();
        QVERIFY2(client, why(client).constData());
        const auto before = helperContainers(**client);
        QVERIFY2(before, why(before).constData());
        const auto removed = forgetHelperImage();
        QVERIFY2(removed, why(removed).constData());
        const auto tagged = dockerCli({QStringLiteral("tag"), sandboxImage(), HelperImage::reference()});
        QVERIFY2(tagged, why(tagged).constData());

        const auto lease = await(HelperRegistry::of(*client)->create(QStringLiteral("/tmp")));
        QVERIFY(!lease);
        QCOMPARE(lease.error().kind, EngineError::Kind::Conflict);
        QVERIFY2(lease.error().message.contains(QLatin1String("docker image rm ") + HelperImage::reference()), qPrintable(lease.error().message));
        const auto after = helperContainers(**client);
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->size(), before->size());

        // Once the name is free again, the next helper brings the image back.
        const auto untagged = forgetHelperImage();
        QVERIFY2(untagged, why(untagged).constData());
        const auto again = await(HelperRegistry::of(*client)->create(QStringLiteral("/tmp")));
        QVERIFY2(again, why(again).constData());
        const auto gone = await((*again)->remove());
        QVERIFY2(gone, why(gone).constData());
    }

    void aLoadRemovesOtherBuildsImages()
    {
        auto client = freshClient();
        QVERIFY2(client, why(client).constData());
        const auto ensured = await(HelperImage::ensure(*client));
        QVERIFY2(ensured, why(ensured).constData());
        const QString older = HelperImage::repository + QLatin1String(":older-build");
        const auto tagged = dockerCli({QStringLiteral("tag"), HelperImage::reference(), older});
        QVERIFY2(tagged, why(tagged).constData());
        // Another build's image under its only name, used by a container
        // (of a Stasis still running): the engine keeps it.
        const QString used = HelperImage::repository + QLatin1String(":build-in-use");
        const auto source = dockerCli({QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"), sandboxImage(), QStringLiteral("true")});
        QVERIFY2(source, why(source).constData());
        const auto committed = dockerCli({QStringLiteral("commit"), source->trimmed(), used});
        QVERIFY2(committed, why(committed).constData());
        QVERIFY(dockerCli({QStringLiteral("rm"), source->trimmed()}));
        const auto user = dockerCli({QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"), used, QStringLiteral("true")});
        QVERIFY2(user, why(user).constData());

        const auto removed = forgetHelperImage();
        QVERIFY2(removed, why(removed).constData());
        const auto loaded = await(HelperImage::ensure(*client));
        QVERIFY2(loaded, why(loaded).constData());
        auto tags = await((*client)->imageTags(QString(HelperImage::repository)));
        QVERIFY2(tags, why(tags).constData());
        QStringList expected{used, HelperImage::reference()};
        expected.sort();
        tags->sort();
        QCOMPARE(*tags, expected);
        const auto image = await((*client)->inspectImage(HelperImage::reference()));
        QVERIFY2(image, why(image).constData());
        QCOMPARE(image->layers, QStringList{HelperImage::layerDigest()});

        QVERIFY(dockerCli({QStringLiteral("rm"), user->trimmed()}));
        QVERIFY(dockerCli({QStringLiteral("image"), QStringLiteral("rm"), used}));
    }

    void anImageRemovedMeanwhileIsLoadedAgain()
    {
        auto client = freshClient();
        QVERIFY2(client, why(client).constData());
        HelperRegistry *registry = HelperRegistry::of(*client);
        const auto first = await(registry->create(QStringLiteral("/tmp")));
        QVERIFY2(first, why(first).constData());
        const auto firstGone = await((*first)->remove());
        QVERIFY2(firstGone, why(firstGone).constData());
        const auto removed = forgetHelperImage();
        QVERIFY2(removed, why(removed).constData());
        // The registry believes the image is there; the engine says otherwise.
        const auto lease = await(registry->create(QStringLiteral("/tmp")));
        QVERIFY2(lease, why(lease).constData());
        const auto gone = await((*lease)->remove());
        QVERIFY2(gone, why(gone).constData());
    }
};

QTEST_GUILESS_MAIN(HelperConfinementTest)
#include "helperconfinementtest.moc"
