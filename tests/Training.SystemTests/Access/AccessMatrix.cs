using System.Net.Http.Json;
using System.Text;
using Training.Testing.Driving;

namespace Training.SystemTests.Access;

/// <summary>
/// Who may call what: one row per endpoint of the host. A module that maps an endpoint adds its
/// row here; the matrix test names every endpoint without a row and every row without an endpoint.
/// Cells, per caller: ok = authorization lets the call through; 401 = sign in first; 403 = the role
/// may not; 404 = the record is another facility's and is answered as if it did not exist.
/// Staff and the learner are of facility A; "other" is an officer of facility B.
/// Each call makes its own fresh record when it would change one, so no call decides another's answer.
/// </summary>
public static class AccessMatrix
{
    private const string Pin = "468024";

    public static readonly IReadOnlyList<AccessRow> Rows =
    [
        //                                                   anon admin officer trainer assessor learner employer employer other
        //                                                                                               pending  verified officer
        // Sign-in is for everyone. Empty credentials get the validator's 400: the call went through.
        Row("POST /api/auth/sign-in",                         "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Post("/api/auth/sign-in", new { username = "", password = "" })),
        Row("POST /api/auth/learner-sign-in",                 "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Post("/api/auth/learner-sign-in", new { facilityCode = "", learnerNumber = "", pin = "" })),
        Row("POST /api/auth/sign-out",                        "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Post("/api/auth/sign-out")),
        Row("GET /api/me",                                    "401  ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/me")),
        // Everyone signed in changes their own secret; a wrong current one gets the handler's 400: the call went through.
        Row("POST /api/me/secret",                            "401  ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Post("/api/me/secret", new { current = "not-the-current-one", @new = "Another-Password-2026" })),
        // Admins and officers may enrol an authenticator app.
        // Everyone signed in has a to-do list, empty when the role has nothing waiting.
        Row("GET /api/me/tasks",                              "401  ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/me/tasks")),
        Row("POST /api/me/two-factor",                        "401  ok    ok      403     403      403     403      403      ok",
            _ => Post("/api/me/two-factor")),
        Row("POST /api/me/two-factor/confirm",                "401  ok    ok      403     403      403     403      403      ok",
            _ => Post("/api/me/two-factor/confirm", new { code = "000000" })),

        // Facilities and staff accounts are the platform admin's.
        Row("GET /api/facilities",                            "401  ok    403     403     403      403     403      403      403",
            _ => Get("/api/facilities")),
        Row("POST /api/facilities",                           "401  ok    403     403     403      403     403      403      403",
            _ => Post("/api/facilities", new { code = Unique.Name("F"), name = "Lapas Baru", timeZone = "Asia/Makassar" })),
        Row("POST /api/facilities/{id:guid}/rename",          "401  ok    403     403     403      403     403      403      403",
            async w => Post($"/api/facilities/{await w.FreshFacilityAsync()}/rename", new { name = "Lapas Lama" })),
        Row("POST /api/facilities/{id:guid}/deactivate",      "401  ok    403     403     403      403     403      403      403",
            async w => Post($"/api/facilities/{await w.FreshFacilityAsync()}/deactivate")),
        Row("GET /api/staff",                                 "401  ok    403     403     403      403     403      403      403",
            _ => Get("/api/staff")),
        Row("POST /api/staff",                                "401  ok    403     403     403      403     403      403      403",
            w => Post("/api/staff", new { username = Unique.Name("staff"), password = IdentityApi.StaffPassword, displayName = "Ibu Sari", role = "Trainer", facilityId = w.FacilityId })),
        Row("POST /api/staff/{id:guid}/disable",              "401  ok    403     403     403      403     403      403      403",
            async w => Post($"/api/staff/{await w.FreshStaffAsync()}/disable")),
        Row("POST /api/staff/{id:guid}/unlock",               "401  ok    403     403     403      403     403      403      403",
            async w => Post($"/api/staff/{await w.FreshStaffAsync()}/unlock")),
        Row("POST /api/staff/{id:guid}/reset-password",       "401  ok    403     403     403      403     403      403      403",
            async w => Post($"/api/staff/{await w.FreshStaffAsync()}/reset-password", new { password = "Reset-Password-2026" })),

        // Learners: officers manage their own facility's; staff of the facility and the learner read.
        Row("POST /api/learners",                             "401  403   ok      403     403      403     403      403      404",
            w => Post("/api/learners", new { facilityId = w.FacilityId, learnerNumber = Unique.Name("WB"), fullName = "Siti Aminah", pin = Pin })),
        Row("GET /api/learners",                              "401  403   ok      ok      ok       403     403      403      ok",
            _ => Get("/api/learners?q=Siti")),
        Row("GET /api/learners/{id:guid}",                    "401  404   ok      ok      ok       ok      404      404      404",
            w => Get($"/api/learners/{w.LearnerId}")),
        Row("POST /api/learners/{id:guid}/reset-pin",         "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/learners/{await w.FreshLearnerAsync()}/reset-pin", new { pin = Pin })),
        // A lockout is seen and lifted by the learner's officers and by platform admins.
        Row("GET /api/learners/{id:guid}/lock",               "401  ok    ok      403     403      403     403      403      404",
            w => Get($"/api/learners/{w.LearnerId}/lock")),
        Row("POST /api/learners/{id:guid}/unlock",            "401  ok    ok      403     403      403     403      403      404",
            async w => Post($"/api/learners/{await w.FreshLearnerAsync()}/unlock")),
        Row("POST /api/learners/{id:guid}/transfer",          "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/learners/{await w.FreshLearnerAsync()}/transfer", new { toFacilityId = w.OtherFacilityId })),
        Row("POST /api/learners/{id:guid}/release",           "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/learners/{await w.FreshLearnerAsync()}/release")),
        // An import always goes to the officer's own facility: the other officer imports into B.
        Row("POST /api/learners/import",                      "401  403   ok      403     403      403     403      403      ok",
            _ => Csv("/api/learners/import", "learnerNumber,fullName,pin\n")),

        // Employers register themselves; a platform admin decides.
        Row("POST /api/employers/registrations",              "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Post("/api/employers/registrations", IdentityApi.EmployerRegistration(Unique.Name("umkm")))),
        Row("GET /api/employers",                             "401  ok    403     403     403      403     403      403      403",
            _ => Get("/api/employers")),
        Row("POST /api/employers/{id:guid}/verify",           "401  ok    403     403     403      403     403      403      403",
            async w => Post($"/api/employers/{await w.FreshPendingEmployerAsync()}/verify")),
        Row("POST /api/employers/{id:guid}/reject",           "401  ok    403     403     403      403     403      403      403",
            async w => Post($"/api/employers/{await w.FreshPendingEmployerAsync()}/reject", new { reason = "Alamat tidak ditemukan" })),
        // A pending employer cannot be suspended (409): the call went through.
        Row("POST /api/employers/{id:guid}/suspend",          "401  ok    403     403     403      403     403      403      403",
            async w => Post($"/api/employers/{await w.FreshPendingEmployerAsync()}/suspend", new { reason = "Menyalahgunakan akses" })),
        Row("POST /api/employers/{id:guid}/reinstate",        "401  ok    403     403     403      403     403      403      403",
            async w => Post($"/api/employers/{await w.FreshPendingEmployerAsync()}/reinstate", new { note = "Sudah diperiksa" })),

        Row("GET /api/facilities/active",                     "401  403   ok      403     403      403     403      403      ok",
            _ => Get("/api/facilities/active")),

        // Courses: the catalog is open; authoring is the author trainer's.
        Row("GET /api/courses",                               "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/courses?q=rajut")),
        Row("GET /api/courses/{id:guid}",                     "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            async w => Get($"/api/courses/{await w.Courses.PublishedCourseAsync()}")),
        Row("GET /api/courses/images/{id:guid}",              "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get($"/api/courses/images/{Guid.NewGuid()}"), recordExists: false),
        Row("POST /api/courses",                              "401  403   403     ok      403      403     403      403      403",
            _ => Post("/api/courses", CourseRecords.Course)),
        Row("PUT /api/courses/{id:guid}",                     "401  403   403     ok      403      403     403      403      403",
            async w => new HttpRequestMessage(HttpMethod.Put, $"/api/courses/{await w.Courses.FreshDraftAsync()}") { Content = JsonContent.Create(CourseRecords.Course) }),
        Row("POST /api/courses/{id:guid}/publish",            "401  403   403     ok      403      403     403      403      403",
            async w => Post($"/api/courses/{await w.Courses.FreshDraftAsync()}/publish")),
        Row("POST /api/courses/{id:guid}/retire",             "401  403   403     ok      403      403     403      403      403",
            async w => Post($"/api/courses/{await w.Courses.FreshDraftAsync()}/retire")),
        Row("POST /api/courses/preview",                      "401  403   403     ok      403      403     403      403      403",
            _ => Post("/api/courses/preview", new { body = "**tebal**" })),
        Row("POST /api/courses/{courseId:guid}/images",       "401  403   403     ok      403      403     403      403      403",
            async w => Image($"/api/courses/{await w.Courses.FreshDraftAsync()}/images")),

        // Cohorts belong to their facility: its officer runs them, its trainer takes attendance.
        Row("GET /api/cohorts",                               "401  403   ok      ok      ok       403     403      403      ok",
            _ => Get("/api/cohorts")),
        Row("GET /api/cohorts/{id:guid}",                     "401  403   ok      ok      ok       403     403      403      404",
            async w => Get($"/api/cohorts/{await w.Courses.FreshCohortAsync()}")),
        // The printed lists are the officer's, for the facility's files.
        Row("GET /api/cohorts/{id:guid}/attendance.pdf",      "401  403   ok      403     403      403     403      403      404",
            async w => Get($"/api/cohorts/{(await w.Courses.FreshSeatAsync()).CohortId}/attendance.pdf")),
        Row("GET /api/cohorts/{id:guid}/completion.pdf",      "401  403   ok      403     403      403     403      403      404",
            async w => Get($"/api/cohorts/{(await w.Courses.FreshSeatAsync()).CohortId}/completion.pdf")),
        Row("POST /api/cohorts",                              "401  403   ok      403     403      403     403      403      404",
            async w => Post("/api/cohorts", new
            {
                courseId = await w.Courses.PublishedCourseAsync(), facilityId = w.FacilityId, trainerId = w.TrainerId,
                startsOn = CourseRecords.FirstSession, endsOn = CourseRecords.FirstSession, capacity = 5, sessions = new[] { CourseRecords.FirstSession },
            })),
        Row("POST /api/cohorts/{id:guid}/enrollments",        "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/cohorts/{await w.Courses.FreshCohortAsync()}/enrollments", new { learnerId = await w.FreshLearnerAsync() })),
        Row("POST /api/cohorts/{id:guid}/enrollments/bulk",   "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/cohorts/{await w.Courses.FreshCohortAsync()}/enrollments/bulk", new { learnerIds = new[] { await w.FreshLearnerAsync() } })),
        Row("POST /api/cohorts/{id:guid}/enrollments/{enrollmentId:guid}/withdraw", "401  403   ok      403     403      403     403      403      404",
            async w =>
            {
                var (cohortId, _, enrollmentId) = await w.Courses.FreshSeatAsync();
                return Post($"/api/cohorts/{cohortId}/enrollments/{enrollmentId}/withdraw", new { reason = "Withdrawn" });
            }),
        Row("GET /api/courses/{courseId:guid}/cohorts",       "401  403   403     403     403      ok      403      403      403",
            async w => Get($"/api/courses/{await w.Courses.PublishedCourseAsync()}/cohorts")),
        Row("POST /api/cohorts/{id:guid}/requests",           "401  403   403     403     403      ok      403      403      403",
            async w => Post($"/api/cohorts/{await w.Courses.FreshCohortAsync()}/requests")),
        Row("POST /api/cohorts/{id:guid}/requests/{learnerId:guid}/decision", "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/cohorts/{await w.Courses.FreshRequestAsync()}/requests/{w.LearnerId}/decision", new { approve = false })),
        Row("POST /api/cohorts/{id:guid}/attendance",         "401  403   403     ok      403      403     403      403      403",
            async w =>
            {
                var (cohortId, learnerId, _) = await w.Courses.FreshSeatAsync();
                return Post($"/api/cohorts/{cohortId}/attendance", new { session = CourseRecords.FirstSession, records = new[] { new { learnerId, status = "Present" } } });
            }),
        Row("POST /api/cohorts/{id:guid}/complete",           "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/cohorts/{await w.Courses.FreshCohortAsync()}/complete")),

        // Learning is the learner's own.
        Row("GET /api/me/enrollments",                        "401  403   403     403     403      ok      403      403      403",
            _ => Get("/api/me/enrollments")),
        Row("GET /api/me/place-requests",                     "401  403   403     403     403      ok      403      403      403",
            _ => Get("/api/me/place-requests")),
        Row("GET /api/enrollments/{id:guid}/lessons/{lessonId:guid}", "401  403   403     403     403      ok      403      403      403",
            async w =>
            {
                var (enrollmentId, lessonId) = await w.Courses.LearnerSeatAsync();
                return Get($"/api/enrollments/{enrollmentId}/lessons/{lessonId}");
            }),
        Row("POST /api/enrollments/{id:guid}/lessons/{lessonId:guid}/complete", "401  403   403     403     403      ok      403      403      403",
            async w =>
            {
                var (enrollmentId, lessonId) = await w.Courses.LearnerSeatAsync();
                return Post($"/api/enrollments/{enrollmentId}/lessons/{lessonId}/complete");
            }),

        // Assessments: the course's trainer sets the plan; the learner sits it; the facility's assessor checks practical work.
        Row("PUT /api/courses/{courseId:guid}/assessment",    "401  403   403     ok      403      403     403      403      403",
            async w => new HttpRequestMessage(HttpMethod.Put, $"/api/courses/{await w.Courses.PublishedCourseAsync()}/assessment")
            {
                Content = JsonContent.Create(new { passMarkPercent = 60, questionsPerAttempt = 1, timeLimitMinutes = 30, maxAttempts = 1, cooldownHours = 0, shuffle = false, questions = Array.Empty<object>(), practical = true }),
            }),
        Row("POST /api/courses/{courseId:guid}/assessment/questions/import", "401  403   403     ok      403      403     403      403      403",
            async w => Csv($"/api/courses/{await w.Courses.PublishedCourseAsync()}/assessment/questions/import")),
        Row("POST /api/enrollments/{enrollmentId:guid}/attempts", "401  403   403     403     403      ok      403      403      403",
            async w => Post($"/api/enrollments/{(await w.Courses.LearnerSeatAsync()).EnrollmentId}/attempts")),
        Row("PUT /api/attempts/{attemptId:guid}/answers",     "401  403   403     403     403      ok      403      403      403",
            _ => new HttpRequestMessage(HttpMethod.Put, $"/api/attempts/{Guid.NewGuid()}/answers")
            {
                Content = JsonContent.Create(new { answers = new[] { new { questionId = Guid.NewGuid(), selected = new[] { 0 } } } }),
            }, recordExists: false),
        Row("POST /api/attempts/{attemptId:guid}/submit",     "401  403   403     403     403      ok      403      403      403",
            _ => Post($"/api/attempts/{Guid.NewGuid()}/submit"), recordExists: false),
        Row("POST /api/enrollments/{enrollmentId:guid}/practical", "401  403   403     403     ok       403     403      403      403",
            async w => Post($"/api/enrollments/{(await w.Courses.LearnerSeatAsync()).EnrollmentId}/practical",
                new { units = new[] { new { code = "x", criteria = new[] { new { index = 0, met = true } } } } })),
        Row("GET /api/attempts/{attemptId:guid}",              "401  403   403     403     403      ok      403      403      403",
            _ => Get($"/api/attempts/{Guid.NewGuid()}"), recordExists: false),
        Row("GET /api/assessments/practical/queue",           "401  403   403     403     ok       403     403      403      403",
            _ => Get("/api/assessments/practical/queue")),
        Row("GET /api/enrollments/{enrollmentId:guid}/practical", "401  403   403     403     ok       403     403      403      403",
            async w => Get($"/api/enrollments/{(await w.Courses.LearnerSeatAsync()).EnrollmentId}/practical")),
        Row("GET /api/enrollments/{enrollmentId:guid}/attempts", "401  403   403     403     403      ok      403      403      403",
            async w => Get($"/api/enrollments/{(await w.Courses.LearnerSeatAsync()).EnrollmentId}/attempts")),
        Row("GET /api/courses/{courseId:guid}/assessment/statistics", "401  403   403     ok      403      403     403      403      403",
            async w => Get($"/api/courses/{await w.Courses.PublishedCourseAsync()}/assessment/statistics")),
        Row("POST /api/assessments/{enrollmentId:guid}/evidence", "401  403   403     403     ok       403     403      403      403",
            async w => Image($"/api/assessments/{(await w.Courses.LearnerSeatAsync()).EnrollmentId}/evidence", "photo")),
        // Who may see a file depends on the file (its subject), so the read routes let every caller through to a 404.
        Row("GET /api/assessments/evidence/{id:guid}",        "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get($"/api/assessments/evidence/{Guid.NewGuid()}"), recordExists: false),
        Row("GET /api/enrollments/{enrollmentId:guid}/result", "401  404   ok      ok      ok       ok      404      404      404",
            async w => Get($"/api/enrollments/{(await w.Courses.LearnerSeatAsync()).EnrollmentId}/result")),

        // Certificates: anyone verifies; the holder, the facility's staff and admins read the documents; admins and the facility's officers revoke and reissue.
        Row("GET /api/certificates/verify/{code}",            "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/certificates/verify/ZZZZZZZZZZZZ"), recordExists: false),
        Row("GET /api/certificates/{id:guid}/status",         "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            async w => Get($"/api/certificates/{await w.Certificates.LearnersOwnAsync()}/status")),
        Row("GET /.well-known/jwks.json",                     "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/.well-known/jwks.json")),
        Row("GET /api/me/certificates",                       "401  403   403     403     403      ok      403      403      403",
            _ => Get("/api/me/certificates")),
        Row("GET /api/me/notices",                            "401  403   403     403     403      ok      403      403      403",
            _ => Get("/api/me/notices")),
        Row("GET /api/learners/{learnerId:guid}/certificates", "401  ok    ok      ok      ok       403     403      403      404",
            w => Get($"/api/learners/{w.LearnerId}/certificates")),
        Row("GET /api/certificates/{id:guid}/credential",     "401  ok    ok      ok      ok       ok      404      404      404",
            async w => Get($"/api/certificates/{await w.Certificates.LearnersOwnAsync()}/credential")),
        Row("GET /api/certificates/{id:guid}/pdf",            "401  ok    ok      ok      ok       ok      404      404      404",
            async w => Get($"/api/certificates/{await w.Certificates.LearnersOwnAsync()}/pdf")),
        // Crafts: the brand is the facility's officers' (or an admin's); trainers and officers draft products, officers publish them.
        Row("PUT /api/crafts/brands/{facilityId:guid}",       "401  ok    ok      403     403      403     403      403      404",
            w => Put($"/api/crafts/brands/{w.FacilityId}", CraftRecords.Brand)),
        Row("POST /api/crafts/products",                      "401  403   ok      ok      403      403     403      403      ok",
            _ => Post("/api/crafts/products", CraftRecords.Product)),
        Row("POST /api/crafts/products/{id:guid}/publish",    "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/crafts/products/{await w.Crafts.FreshDraftAsync()}/publish")),
        // Premi: admins set allocation rules, which the facility's officers read; officers keep payouts (a second confirms) and PNBP
        // deposits; the learner reads her own premi and chooses her maker credit.
        Row("PUT /api/crafts/allocation-rules/{facilityId:guid}", "401  ok    403     403     403      403     403      403      403",
            w => Put($"/api/crafts/allocation-rules/{w.FacilityId}", CraftPremiRecords.Rule)),
        Row("GET /api/crafts/allocation-rules/{facilityId:guid}", "401  ok    ok      403     403      403     403      403      404",
            w => Get($"/api/crafts/allocation-rules/{w.FacilityId}")),
        Row("GET /api/crafts/premi",                          "401  403   ok      403     403      403     403      403      ok",
            _ => Get("/api/crafts/premi")),
        // The learner has no premi yet: the officer's call is refused by the balance rule, so it went through.
        Row("POST /api/crafts/payouts",                       "401  403   ok      403     403      403     403      403      404",
            w => Post("/api/crafts/payouts", CraftPremiRecords.Payout(w.LearnerId))),
        Row("POST /api/crafts/payouts/{id:guid}/confirm",     "401  403   ok      403     403      403     403      403      ok",
            _ => Post($"/api/crafts/payouts/{Guid.NewGuid()}/confirm"), recordExists: false),
        Row("POST /api/crafts/payouts/{id:guid}/cancel",      "401  403   ok      403     403      403     403      403      ok",
            _ => Post($"/api/crafts/payouts/{Guid.NewGuid()}/cancel", new { reason = "Nomor rekening salah" }), recordExists: false),
        Row("POST /api/crafts/pnbp-deposits",                 "401  403   ok      403     403      403     403      403      ok",
            _ => Post("/api/crafts/pnbp-deposits", CraftPremiRecords.Deposit)),
        Row("GET /api/me/premi",                              "401  403   403     403     403      ok      403      403      403",
            _ => Get("/api/me/premi")),
        Row("PUT /api/me/maker-credit",                       "401  403   403     403     403      ok      403      403      403",
            _ => Put("/api/me/maker-credit", CraftPremiRecords.MakerCredit)),
        Row("DELETE /api/me/maker-credit",                    "401  403   403     403     403      ok      403      403      403",
            _ => new HttpRequestMessage(HttpMethod.Delete, "/api/me/maker-credit")),
        // Crafts orders: anyone orders and follows an order by its private link; officers of the seller's facility handle it.
        Row("POST /api/crafts/orders",                        "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Post("/api/crafts/orders", new { lines = Array.Empty<object>() })),
        Row("GET /api/crafts/orders/track/{token}",           "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/crafts/orders/track/AAAAAAAAAAAAAAAAAAAAAA"), recordExists: false),
        Row("POST /api/crafts/orders/track/{token}/accept",   "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Post("/api/crafts/orders/track/AAAAAAAAAAAAAAAAAAAAAA/accept"), recordExists: false),
        Row("GET /api/crafts/orders",                         "401  403   ok      403     403      403     403      403      ok",
            _ => Get("/api/crafts/orders?state=Requested")),
        Row("GET /api/crafts/orders/{id:guid}",               "401  403   ok      403     403      403     403      403      404",
            async w => Get($"/api/crafts/orders/{await w.CraftOrders.FreshAsync()}")),
        Row("POST /api/crafts/orders/{id:guid}/quote",        "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/crafts/orders/{await w.CraftOrders.FreshAsync()}/quote", CraftOrderRecords.Quote)),
        Row("POST /api/crafts/orders/{id:guid}/payment",      "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/crafts/orders/{await w.CraftOrders.FreshAsync()}/payment", CraftOrderRecords.Payment)),
        Row("POST /api/crafts/orders/{id:guid}/fulfil",       "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/crafts/orders/{await w.CraftOrders.FreshAsync()}/fulfil", new { method = "PickedUp" })),
        Row("POST /api/crafts/orders/{id:guid}/cancel",       "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/crafts/orders/{await w.CraftOrders.FreshAsync()}/cancel", new { reason = "Pembeli membatalkan" })),
        Row("POST /api/crafts/batches",                       "401  403   ok      ok      403      403     403      403      404",
            async w => Post("/api/crafts/batches", new
            {
                productId = await w.Crafts.FreshDraftAsync(), quantity = 3, producedOn = "2026-01-05", materialCostRupiah = 30_000,
                makers = new[] { new { learnerId = w.LearnerId, share = 1 } },
            })),
        // Staff of the batch's facility, and admins, list a product's batches and print their hang-tags.
        Row("GET /api/crafts/products/{id:guid}/batches",     "401  ok    ok      ok      403      403     403      403      404",
            async w => Get($"/api/crafts/products/{(await w.CraftStock.FreshBatchAsync()).ProductId}/batches")),
        Row("GET /api/crafts/batches/{id:guid}/tags.pdf",     "401  ok    ok      ok      403      403     403      403      404",
            async w => Get($"/api/crafts/batches/{(await w.CraftStock.FreshBatchAsync()).BatchId}/tags.pdf")),
        Row("GET /api/crafts/products/{id:guid}/stock",       "401  403   ok      ok      ok       403     403      403      404",
            async w => Get($"/api/crafts/products/{await w.Crafts.FreshDraftAsync()}/stock")),
        Row("POST /api/crafts/stock/moves",                   "401  403   ok      403     403      403     403      403      404",
            async w => Post("/api/crafts/stock/moves", new { productId = await w.Crafts.FreshDraftAsync(), quantity = 1, to = "Pameran" })),
        Row("POST /api/crafts/stock/write-offs",              "401  403   ok      403     403      403     403      403      404",
            async w => Post("/api/crafts/stock/write-offs", new { productId = (await w.CraftStock.FreshBatchAsync()).ProductId, quantity = 1, kind = "Damaged", reason = "Retak" })),
        Row("POST /api/crafts/sales",                         "401  403   ok      403     403      403     403      403      404",
            async w => Post("/api/crafts/sales", new
            {
                method = "Cash", lines = new[] { new { productId = await w.Crafts.FreshDraftAsync(), quantity = 1, unitPriceRupiah = 10_000 } },
            })),
        // Trainers and officers of the product's facility revise it and its photos; officers retire it and change the brand's logo.
        Row("GET /api/crafts/products",                       "401  403   ok      ok      403      403     403      403      ok",
            _ => Get("/api/crafts/products")),
        Row("PUT /api/crafts/products/{id:guid}",             "401  403   ok      ok      403      403     403      403      404",
            async w => Put($"/api/crafts/products/{await w.Crafts.FreshDraftAsync()}", CraftRecords.Product)),
        Row("POST /api/crafts/products/{id:guid}/retire",     "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/crafts/products/{await w.Crafts.FreshDraftAsync()}/retire")),
        Row("POST /api/crafts/products/{id:guid}/photos",     "401  403   ok      ok      403      403     403      403      404",
            async w => Image($"/api/crafts/products/{await w.Crafts.FreshDraftAsync()}/photos")),
        Row("DELETE /api/crafts/products/{id:guid}/photos/{photoId:guid}", "401  403   ok      ok      403      403     403      403      404",
            async w =>
            {
                var (product, photo) = await w.Catalogue.FreshPhotoAsync();
                return new HttpRequestMessage(HttpMethod.Delete, $"/api/crafts/products/{product}/photos/{photo}");
            }),
        Row("GET /api/crafts/products/{id:guid}/photos/{photoId:guid}", "401  ok    ok      ok      403      403     403      403      404",
            async w =>
            {
                var (product, photo) = await w.Catalogue.FreshPhotoAsync();
                return Get($"/api/crafts/products/{product}/photos/{photo}");
            }),
        Row("POST /api/crafts/brands/{facilityId:guid}/logo", "401  ok    ok      403     403      403     403      403      404",
            async w => Image($"/api/crafts/brands/{await w.Catalogue.BrandedFacilityAsync()}/logo")),
        // The catalogue is public; a draft, or a code or slug that names nothing, is 404 to everyone alike.
        Row("GET /api/crafts/catalog",                        "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/crafts/catalog?q=tikar&sort=price-asc")),
        Row("GET /api/crafts/products/{slug}",                "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/crafts/products/tikar-purun-000000"), recordExists: false),
        Row("GET /api/crafts/photos/{id:guid}",               "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            async w => Get($"/api/crafts/photos/{(await w.Catalogue.FreshPhotoAsync()).PhotoId}"), recordExists: false),
        Row("GET /api/crafts/photos/{id:guid}/thumbnail",     "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            async w => Get($"/api/crafts/photos/{(await w.Catalogue.FreshPhotoAsync()).PhotoId}/thumbnail"), recordExists: false),
        Row("GET /api/crafts/brands/{slug}",                  "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/crafts/brands/tidak-ada"), recordExists: false),
        Row("GET /api/crafts/brands/{slug}/logo",             "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/crafts/brands/tidak-ada/logo"), recordExists: false),
        Row("GET /api/crafts/provenance/{batchCode}",         "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/crafts/provenance/B26-ZZZZZZ"), recordExists: false),
        Row("GET /api/crafts/catalog.pdf",                    "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/crafts/catalog.pdf?brand=tidak-ada"), recordExists: false),
        // Bazaars and exhibitions: officers of the facility (or an admin, naming it) announce and cancel; everyone sees those to come.
        Row("POST /api/crafts/events",                        "401  ok    ok      403     403      403     403      403      404",
            async w => Post("/api/crafts/events", CraftEventRecords.Event(await w.Catalogue.BrandedFacilityAsync()))),
        Row("POST /api/crafts/events/{id:guid}/cancel",       "401  ok    ok      403     403      403     403      403      404",
            async w => Post($"/api/crafts/events/{await w.CraftEvents.FreshAsync()}/cancel", new { reason = "Tempat tidak tersedia" })),
        Row("GET /api/crafts/events",                         "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/crafts/events")),
        Row("GET /sitemap.xml",                               "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/sitemap.xml")),
        Row("POST /api/certificates/{id:guid}/revoke",        "401  ok    ok      403     403      403     403      403      404",
            async w => Post($"/api/certificates/{await w.Certificates.FreshAsync()}/revoke", new { reason = "Other", note = "Data keliru" })),
        Row("POST /api/certificates/{id:guid}/reissue",       "401  ok    ok      403     403      403     403      403      404",
            async w => Post($"/api/certificates/{await w.Certificates.FreshAsync()}/reissue", new { holderName = "Siti Aminah" })),
        Row("PUT /api/certificates/issuers/{facilityId:guid}", "401  ok    403     403     403      403     403      403      403",
            w => new HttpRequestMessage(HttpMethod.Put, $"/api/certificates/issuers/{w.FacilityId}") { Content = JsonContent.Create(new { name = "Program Pelatihan Mandiri" }) }),

        // Job matching: the learner's own profile; verified employers search, post and send interest;
        // the officer of the learner's facility reviews; trainers of the facility handle portfolio photos.
        Row("GET /api/regions",                               "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/regions")),
        Row("PUT /api/me/graduate-profile",                   "401  403   403     403     403      ok      403      403      403",
            _ => new HttpRequestMessage(HttpMethod.Put, "/api/me/graduate-profile") { Content = JsonContent.Create(JobRecords.Profile) }),
        Row("GET /api/me/graduate-profile",                   "401  403   403     403     403      ok      403      403      403",
            _ => Get("/api/me/graduate-profile"), recordExists: false),
        Row("DELETE /api/me/graduate-profile",                "401  403   403     403     403      ok      403      403      403",
            _ => new HttpRequestMessage(HttpMethod.Delete, "/api/me/graduate-profile")),
        Row("POST /api/me/graduate-profile/photos",           "401  403   403     403     403      ok      403      403      403",
            _ => Image("/api/me/graduate-profile/photos", "photo")),
        Row("POST /api/learners/{learnerId:guid}/portfolio-photos", "401  403   403     ok      403      403     403      403      403",
            w => Image($"/api/learners/{w.LearnerId}/portfolio-photos", "photo")),
        Row("GET /api/portfolio-photos/pending",              "401  403   403     ok      403      403     403      403      403",
            _ => Get("/api/portfolio-photos/pending")),
        Row("POST /api/portfolio-photos/{id:guid}/approve",   "401  403   403     ok      403      403     403      403      403",
            _ => Post($"/api/portfolio-photos/{Guid.NewGuid()}/approve"), recordExists: false),
        Row("POST /api/portfolio-photos/{id:guid}/reject",    "401  403   403     ok      403      403     403      403      403",
            _ => Post($"/api/portfolio-photos/{Guid.NewGuid()}/reject", new { reason = "Wajah terlihat" }), recordExists: false),
        Row("DELETE /api/portfolio-photos/{id:guid}",         "401  ok    ok      ok      ok       ok      ok       ok       ok",
            _ => new HttpRequestMessage(HttpMethod.Delete, $"/api/portfolio-photos/{Guid.NewGuid()}"), recordExists: false),
        Row("GET /api/portfolio-photos/{id:guid}",            "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get($"/api/portfolio-photos/{Guid.NewGuid()}"), recordExists: false),
        Row("GET /api/graduates",                             "401  403   403     403     403      403     403      ok       403",
            _ => Get("/api/graduates?skill=Weaving&province=Kalimantan%20Tengah")),
        Row("GET /api/graduates/{profileId:guid}",            "401  403   403     403     403      403     403      ok       403",
            _ => Get($"/api/graduates/{Guid.NewGuid()}"), recordExists: false),
        Row("POST /api/jobs",                                 "401  403   403     403     403      403     403      ok       403",
            _ => Post("/api/jobs", JobRecords.Posting)),
        Row("GET /api/jobs",                                  "401  403   403     403     403      403     403      ok       403",
            _ => Get("/api/jobs")),
        Row("GET /api/jobs/{id:guid}",                        "401  403   403     403     403      403     403      ok       403",
            _ => Get($"/api/jobs/{Guid.NewGuid()}"), recordExists: false),
        Row("POST /api/jobs/{id:guid}/close",                 "401  403   403     403     403      403     403      ok       403",
            _ => Post($"/api/jobs/{Guid.NewGuid()}/close"), recordExists: false),
        Row("GET /api/jobs/{id:guid}/matches",                "401  403   403     403     403      403     403      ok       403",
            _ => Get($"/api/jobs/{Guid.NewGuid()}/matches"), recordExists: false),
        Row("POST /api/interests",                            "401  403   403     403     403      403     403      ok       403",
            _ => Post("/api/interests", new { profileId = Guid.NewGuid(), message = "Kami tertarik." }), recordExists: false),
        // Every party sees its own interests; anyone else has none.
        Row("GET /api/interests",                             "401  ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/api/interests")),
        Row("GET /api/interests/{id:guid}",                   "401  404   ok      404     404      ok      404      ok       404",
            async w => Get($"/api/interests/{await w.Jobs.InterestAsync()}")),
        Row("POST /api/interests/{id:guid}/review",           "401  403   ok      403     403      403     403      403      404",
            async w => Post($"/api/interests/{await w.Jobs.InterestAsync()}/review", new { approve = true, note = "Cocok", contactRoute = "Telepon LPP" })),
        Row("POST /api/interests/{id:guid}/respond",          "401  403   403     403     403      ok      403      403      403",
            async w => Post($"/api/interests/{await w.Jobs.InterestAsync()}/respond", new { accept = true })),
        Row("POST /api/interests/{id:guid}/outcome",          "401  404   ok      404     404      404     404      ok       404",
            async w => Post($"/api/interests/{await w.Jobs.InterestAsync()}/outcome", new { outcome = "Withdrawn" })),

        // Operations: dead letters and the jobs dashboard (a page: redirects instead of 401/403).
        Row("GET /api/admin/dead-letters",                    "401  ok    403     403     403      403     403      403      403",
            _ => Get("/api/admin/dead-letters")),
        Row("POST /api/admin/dead-letters/{id:guid}/retry",   "401  ok    403     403     403      403     403      403      403",
            _ => Post($"/api/admin/dead-letters/{Guid.NewGuid()}/retry"), recordExists: false),
        Row("* /jobs/{**path}",                               "401  ok    403     403     403      403     403      403      403",
            _ => Get("/jobs")),

        // Infrastructure is public: probes, the API description and the language switch.
        Row("* /health/live",                                 "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/health/live")),
        Row("* /health/ready",                                "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/health/ready")),
        Row("GET /openapi/{documentName}.json",               "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/openapi/v1.json")),
        Row("GET /docs",                                      "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/docs")),
        Row("GET /docs/{documentName?}",                      "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/docs/v1")),
        Row("GET /docs/scalar.js",                            "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/docs/scalar.js")),
        Row("GET /docs/scalar.aspnetcore.js",                 "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/docs/scalar.aspnetcore.js")),
        Row("GET /docs/favicon.svg",                          "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Get("/docs/favicon.svg")),
        // Without an antiforgery token the switch answers 400: the call went through.
        Row("POST /language",                                 "ok   ok    ok      ok      ok       ok      ok       ok       ok",
            _ => Form("/language", ("culture", "en"))),
    ];

    private static AccessRow Row(string endpoint, string cells, Func<AccessWorld, HttpRequestMessage> request, bool recordExists = true) =>
        AccessRow.Parse(endpoint, cells, w => Task.FromResult(request(w)), recordExists);

    private static AccessRow Row(string endpoint, string cells, Func<AccessWorld, Task<HttpRequestMessage>> request, bool recordExists = true) =>
        AccessRow.Parse(endpoint, cells, request, recordExists);

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, object? body = null) =>
        new(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };

    private static HttpRequestMessage Put(string path, object body) => new(HttpMethod.Put, path) { Content = JsonContent.Create(body) };

    private static HttpRequestMessage Csv(string path, string csv) =>
        new(HttpMethod.Post, path) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };

    private static HttpRequestMessage Image(string path, string field = "image")
    {
        var png = new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        png.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        return new(HttpMethod.Post, path) { Content = new MultipartFormDataContent { { png, field, "gambar.png" } } };
    }

    private static HttpRequestMessage Csv(string path)
    {
        var csv = new ByteArrayContent("unit,type,question,options,correct\n1,truefalse,Benang katun menyerap air?,,Benar\n"u8.ToArray());
        csv.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return new(HttpMethod.Post, path) { Content = new MultipartFormDataContent { { csv, "file", "soal.csv" } } };
    }

    private static HttpRequestMessage Form(string path, params (string Key, string Value)[] fields) =>
        new(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value))) };
}
