#include "services/secretstore.h"

#include "services/pgconninfo.h"

#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Gatehouse::Services {

using Models::Done;
using Models::Result;
using Models::Status;

namespace {

enum class Operation { Read, Write, Delete };

// What a person can do about a keychain failure. errorString() comes from the
// backend; it is scrubbed and only appended as a detail.
QString explain(const QKeychain::Job &job, Operation operation, const QString &reference, const QString &secret)
{
    const QString detail = PgConnInfo::scrub(job.errorString(), secret);
    QString message;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        message = SecretStore::tr("No secret is stored in the keychain for %1 (or the keyring is locked). "
                                  "Store it in the settings dialog, or unlock the keyring.")
                      .arg(reference);
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        message = SecretStore::tr("Access to the keychain entry %1 was denied.").arg(reference);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        message = SecretStore::tr("No keychain is available on this system (no Secret Service such as GNOME "
                                  "Keyring or KWallet is running), so %1 cannot be used.")
                      .arg(reference);
        break;
    case QKeychain::CouldNotDeleteEntry:
        message = SecretStore::tr("The keychain entry %1 could not be deleted.").arg(reference);
        break;
    case QKeychain::OtherError:
    default:
        message = operation == Operation::Read
            ? SecretStore::tr("The keychain could not be read for %1: no Secret Service is running or the keyring "
                              "is locked. Start and unlock your keyring, then try again.")
                  .arg(reference)
            : SecretStore::tr("The keychain could not store %1: no Secret Service is running or the keyring is "
                              "locked. Start and unlock your keyring, then try again.")
                  .arg(reference);
        break;
    }
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + SecretStore::tr("(Keychain: %1)").arg(detail);
    return message;
}

template<typename T>
QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

Result<SecretStore::Reference> SecretStore::parseReference(const QString &reference)
{
    const QLatin1String prefix("keychain:");
    const auto invalid = [&] {
        return Result<Reference>::failure(
            tr("'%1' is not a keychain reference; expected keychain:SERVICE/ACCOUNT.").arg(reference));
    };
    if (!reference.startsWith(prefix))
        return invalid();
    const QString rest = reference.mid(prefix.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == rest.size() - 1)
        return invalid();
    return Reference{rest.left(slash), rest.mid(slash + 1)};
}

QString SecretStore::makeReference(const QString &service, const QString &account)
{
    return QStringLiteral("keychain:") + service + QLatin1Char('/') + account;
}

QFuture<Result<QString>> SecretStore::readPassword(const QString &reference)
{
    const auto ref = parseReference(reference);
    if (!ref)
        return ready(Result<QString>(ref.error()));
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    // A keychain job must outlive its request: the backend's callback still points at it
    // when the answer comes, so deleting it early (with a parent that goes away, e.g. a
    // window closed mid-lookup) crashes. Unparented, it deletes itself once finished; the
    // connection below has this store as context, so a late answer reaches nobody.
    auto *job = new QKeychain::ReadPasswordJob(ref->service);
    job->setAutoDelete(true);
    job->setKey(ref->account);
    connect(job, &QKeychain::Job::finished, this, [promise, reference](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (finished->error() == QKeychain::NoError) {
            promise->addResult(Result<QString>(readJob->textData()));
        } else {
            promise->addResult(Result<QString>::failure(explain(*finished, Operation::Read, reference, QString())));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Status> SecretStore::writePassword(const QString &reference, const QString &secret)
{
    const auto ref = parseReference(reference);
    if (!ref)
        return ready(Status(ref.error()));
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    auto *job = new QKeychain::WritePasswordJob(ref->service); // unparented, as in read()
    job->setAutoDelete(true);
    job->setKey(ref->account);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [promise, reference, secret](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            promise->addResult(Status(Done{}));
        else
            promise->addResult(Status::failure(explain(*finished, Operation::Write, reference, secret)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Status> SecretStore::deletePassword(const QString &reference)
{
    const auto ref = parseReference(reference);
    if (!ref)
        return ready(Status(ref.error()));
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    auto *job = new QKeychain::DeletePasswordJob(ref->service); // unparented, as in read()
    job->setAutoDelete(true);
    job->setKey(ref->account);
    connect(job, &QKeychain::Job::finished, this, [promise, reference](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            promise->addResult(Status(Done{}));
        else
            promise->addResult(Status::failure(explain(*finished, Operation::Delete, reference, QString())));
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace Gatehouse::Services
