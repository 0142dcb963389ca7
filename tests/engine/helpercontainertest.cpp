// SPDX-License-Identifier: GPL-2.0-or-later
// What a helper container is asked to be, and how a created one is checked.
#include "helpercontainer.h"
#include "helperimage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Stasis;

class HelperContainerTest : public QObject
{
    Q_OBJECT

    static HelperContainer::Spec commitHelper()
    {
        HelperContainer::Spec spec = HelperContainer::mounting(QStringLiteral("/var/lib/docker/containers/abc"), false);
        spec.mountPoint = QStringLiteral("/container");
        spec.command = {QStringLiteral("commit")};
        spec.volumes = {QStringLiteral("/work")};
        return spec;
    }

    static QJsonObject bind(const QString &source, const QString &destination, bool writable)
    {
        return QJsonObject{{QLatin1String("Type"), QLatin1String("bind")},
                           {QLatin1String("Source"), source},
                           {QLatin1String("Destination"), destination},
                           {QLatin1String("RW"), writable}};
    }

    static QJsonObject volume(const QString &destination)
    {
        return QJsonObject{{QLatin1String("Type"), QLatin1String("volume")},
                           {QLatin1String("Name"), QLatin1String("5ae1bb47")},
                           {QLatin1String("Source"), QLatin1String("/var/lib/docker/volumes/5ae1bb47/_data")},
                           {QLatin1String("Destination"), destination},
                           {QLatin1String("RW"), true}};
    }

    static QJsonObject namedVolume(const QString &name, const QString &destination, bool writable)
    {
        return QJsonObject{{QLatin1String("Type"), QLatin1String("volume")},
                           {QLatin1String("Name"), name},
                           {QLatin1String("Source"), QString(QLatin1String("/var/lib/docker/volumes/") + name + QLatin1String("/_data"))},
                           {QLatin1String("Destination"), destination},
                           {QLatin1String("Driver"), QLatin1String("local")},
                           {QLatin1String("RW"), writable}};
    }

private Q_SLOTS:
    void isConfinedAndOfStasissImage()
    {
        const QJsonObject body = HelperContainer::containerSpec(commitHelper()).toJson();
        QCOMPARE(body.value(QLatin1String("Image")).toString(), HelperImage::reference());
        QCOMPARE(body.value(QLatin1String("Entrypoint")).toArray(), QJsonArray{QString(HelperImage::toolPath)});
        QCOMPARE(body.value(QLatin1String("User")).toString(), QStringLiteral("0:0"));
        QCOMPARE(body.value(QLatin1String("Healthcheck")).toObject().value(QLatin1String("Test")).toArray(), QJsonArray{QStringLiteral("NONE")});
        QCOMPARE(body.value(QLatin1String("Labels")).toObject().value(QString(HelperContainer::label)).toString(), QStringLiteral("true"));
        const QJsonObject host = body.value(QLatin1String("HostConfig")).toObject();
        QCOMPARE(host.value(QLatin1String("CapDrop")).toArray(), QJsonArray{QStringLiteral("ALL")});
        QVERIFY(!host.contains(QLatin1String("CapAdd")));
        QVERIFY(!host.contains(QLatin1String("Privileged")));
        QCOMPARE(host.value(QLatin1String("SecurityOpt")).toArray(), QJsonArray{QStringLiteral("no-new-privileges")});
        QCOMPARE(host.value(QLatin1String("ReadonlyRootfs")).toBool(), true);
        QCOMPARE(host.value(QLatin1String("PidsLimit")).toInt(), ContainerSpec::confinedProcesses);
        QCOMPARE(host.value(QLatin1String("NetworkMode")).toString(), QStringLiteral("none"));
    }

    void anotherImageOnlyWhenAskedFor()
    {
        HelperContainer::Spec spec = commitHelper();
        spec.image = QStringLiteral("busybox:latest");
        const QJsonObject body = HelperContainer::containerSpec(spec).toJson();
        QCOMPARE(body.value(QLatin1String("Image")).toString(), QStringLiteral("busybox:latest"));
        QCOMPARE(body.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("CapDrop")).toArray(), QJsonArray{QStringLiteral("ALL")});
    }

    void exactMountsPass()
    {
        const QJsonArray mounts{volume(QStringLiteral("/work")), bind(QStringLiteral("/var/lib/docker/containers/abc/"), QStringLiteral("/container"), true)};
        QCOMPARE(HelperContainer::mountDifference(commitHelper(), mounts), QString());
    }

    void otherMountsAreNamed_data()
    {
        QTest::addColumn<QJsonArray>("mounts");
        QTest::addColumn<QString>("named");
        const QJsonObject folder = bind(QStringLiteral("/var/lib/docker/containers/abc"), QStringLiteral("/container"), true);
        // An image's VOLUME below the mount hides the real folder there.
        QTest::newRow("extra volume") << QJsonArray{folder, volume(QStringLiteral("/work")), volume(QStringLiteral("/container/checkpoints"))}
                                      << QStringLiteral("volume at /container/checkpoints (rw)");
        QTest::newRow("read-only") << QJsonArray{bind(QStringLiteral("/var/lib/docker/containers/abc"), QStringLiteral("/container"), false),
                                                 volume(QStringLiteral("/work"))}
                                   << QStringLiteral("bind /var/lib/docker/containers/abc at /container (ro)");
        QTest::newRow("other source") << QJsonArray{bind(QStringLiteral("/"), QStringLiteral("/container"), true), volume(QStringLiteral("/work"))}
                                      << QStringLiteral("bind / at /container (rw)");
        QTest::newRow("volume missing") << QJsonArray{folder} << QStringLiteral("instead of");
        QTest::newRow("none") << QJsonArray{} << QStringLiteral("(none)");
    }

    void otherMountsAreNamed()
    {
        QFETCH(QJsonArray, mounts);
        QFETCH(QString, named);
        const QString difference = HelperContainer::mountDifference(commitHelper(), mounts);
        QVERIFY2(difference.contains(named), qPrintable(difference));
        QVERIFY2(difference.contains(QLatin1String("instead of bind /var/lib/docker/containers/abc at /container (rw), volume at /work (rw)")),
                 qPrintable(difference));
    }

    void mountsANamedVolumeInsteadOfAFolder()
    {
        const QJsonObject body = HelperContainer::containerSpec(HelperContainer::mountingVolume(QStringLiteral("pgdata"), false)).toJson();
        const QJsonArray mounts = body.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("Mounts")).toArray();
        const QJsonObject expected{{QLatin1String("Type"), QLatin1String("volume")},
                                   {QLatin1String("Source"), QLatin1String("pgdata")},
                                   {QLatin1String("Target"), QString(HelperContainer::mountPoint)},
                                   {QLatin1String("ReadOnly"), false},
                                   {QLatin1String("VolumeOptions"), QJsonObject{{QLatin1String("NoCopy"), true}}}};
        QCOMPARE(mounts, QJsonArray{expected});
    }

    void aNamedVolumesMountsAreChecked_data()
    {
        QTest::addColumn<QJsonArray>("mounts");
        QTest::addColumn<QString>("named");
        const QString at = QString(HelperContainer::mountPoint);
        QTest::newRow("exact") << QJsonArray{namedVolume(QStringLiteral("pgdata"), at, false)} << QString();
        QTest::newRow("another volume") << QJsonArray{namedVolume(QStringLiteral("other"), at, false)} << QStringLiteral("volume at /checkpoints (ro)");
        QTest::newRow("writable") << QJsonArray{namedVolume(QStringLiteral("pgdata"), at, true)} << QStringLiteral("volume pgdata at /checkpoints (rw)");
        QTest::newRow("a bind instead") << QJsonArray{bind(QStringLiteral("/var/lib/docker/volumes/pgdata/_data"), at, false)}
                                        << QStringLiteral("bind /var/lib/docker/volumes/pgdata/_data at /checkpoints (ro)");
        QTest::newRow("elsewhere") << QJsonArray{namedVolume(QStringLiteral("pgdata"), QStringLiteral("/data"), false)}
                                   << QStringLiteral("volume pgdata at /data (ro)");
    }

    void aNamedVolumesMountsAreChecked()
    {
        QFETCH(QJsonArray, mounts);
        QFETCH(QString, named);
        const QString difference = HelperContainer::mountDifference(HelperContainer::mountingVolume(QStringLiteral("pgdata")), mounts);
        if (named.isEmpty()) {
            QCOMPARE(difference, QString());
        } else {
            QVERIFY2(difference.contains(named), qPrintable(difference));
            QVERIFY2(difference.contains(QLatin1String("instead of volume pgdata at /checkpoints (ro)")), qPrintable(difference));
        }
    }
};

QTEST_GUILESS_MAIN(HelperContainerTest)
#include "helpercontainertest.moc"
