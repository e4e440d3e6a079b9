using Training.BuildingBlocks.Storage;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Employers;
using Training.Modules.Identity.Facilities;
using Training.Modules.Identity.Learners;

namespace Training.Modules.Identity;

/// <summary>
/// The names the module's events and documents are stored under (docs/stored-names.md). They are the
/// names Marten derived from the class names before this list existed, so stored data keeps loading;
/// renaming a class leaves its name here unchanged.
/// </summary>
internal static class IdentityStoredNames
{
    public static StoredNames All { get; } = new StoredNames()
        .Event<AccountCreated>("account_created")
        .Event<AccountDisabled>("account_disabled")
        .Event<AccountUnlocked>("account_unlocked")
        .Event<EmployerRegistered>("employer_registered")
        .Event<EmployerRejected>("employer_rejected")
        .Event<EmployerSuspended>("employer_suspended")
        .Event<EmployerReinstated>("employer_reinstated")
        .Event<EmployerVerified>("employer_verified")
        .Event<EmployerVerifiedIntegrationEvent>("employer_verified_integration_event")
        .Event<FacilityCreated>("facility_created")
        .Event<FacilityDeactivated>("facility_deactivated")
        .Event<FacilityRenamed>("facility_renamed")
        .Event<LearnerLockedOut>("learner_locked_out")
        .Event<LearnerPinChanged>("learner_pin_changed")
        .Event<LearnerPinReset>("learner_pin_reset")
        .Event<LearnerRegistered>("learner_registered")
        .Event<LearnerRegisteredIntegrationEvent>("learner_registered_integration_event")
        .Event<LearnerReleased>("learner_released")
        .Event<LearnerReleasedIntegrationEvent>("learner_released_integration_event")
        .Event<LearnerSignInFailed>("learner_sign_in_failed")
        .Event<LearnerSignedIn>("learner_signed_in")
        .Event<LearnerTransferred>("learner_transferred")
        .Event<LearnerTransferredIntegrationEvent>("learner_transferred_integration_event")
        .Event<LearnerUnlocked>("learner_unlocked")
        .Event<LockedOut>("locked_out")
        .Event<PasswordChanged>("password_changed")
        .Event<SignInFailed>("sign_in_failed")
        .Event<SignedIn>("signed_in")
        .Event<TwoFactorEnabled>("two_factor_enabled")
        .Event<TwoFactorEnrolmentStarted>("two_factor_enrolment_started")
        .Document<Account>("account")
        .Document<Employer>("employer")
        .Document<Facility>("facility")
        .Document<FailedSignIn>("failedsignin")
        .Document<Learner>("learner")
        .Document<UnknownSignInFailed>("unknownsigninfailed")
        .Document<UserSession>("usersession");
}
