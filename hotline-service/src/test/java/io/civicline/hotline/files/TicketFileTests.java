package io.civicline.hotline.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.hotline.TicketFiles;
import io.civicline.kit.files.SamplePhotos;
import io.civicline.kit.privacy.PersonalDataAccess;
import io.civicline.kit.privacy.PersonalDataLog;
import io.civicline.kit.testing.CaseServiceTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Photos and documents on a ticket, through HTTP as its handlers and as everyone else: the ticket's
 * handlers attach, list and open them (each opening recorded), everyone else is refused, bad files
 * are refused with a problem, and nothing refused is stored.
 */
@CaseServiceTest(database = "hotline")
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class TicketFileTests {

  static final String PERSONAL_NAME = "李四-身份证照片.jpg";

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired TicketFiles files;

  private TicketFileCalls api;

  @BeforeEach
  void calls() {
    api = new TicketFileCalls(mvc, mongo);
  }

  @Test
  void anAgentAttachesListsAndOpensTheOriginalAndTheOpeningIsRecorded() throws Exception {
    String id = api.received();
    byte[] photo = SamplePhotos.withSegments(SamplePhotos.jpeg(), SamplePhotos.exifSegment());

    JsonNode attached = api.attached(id, "agent", file(PERSONAL_NAME, "image/jpeg", photo));

    assertThat(attached.get("type").asString()).isEqualTo("image/jpeg");
    assertThat(attached.get("size").asLong()).isEqualTo(photo.length);
    assertThat(attached.get("attachedBy").asString()).isEqualTo("agent");
    assertThat(attached.toString()).doesNotContain("身份证", "name");
    String fileId = attached.get("id").asString();
    mvc.perform(get("/api/tickets/" + id + "/files").with(httpBasic("agent", "agent")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(fileId))
        .andExpect(content().string(not(containsString("身份证"))));
    byte[] opened =
        mvc.perform(
                get("/api/tickets/" + id + "/files/" + fileId).with(httpBasic("agent", "agent")))
            .andExpect(status().isOk())
            .andExpect(content().contentType("image/jpeg"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
            .andExpect(header().string("Content-Disposition", containsString("inline")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(opened).isEqualTo(photo);
    List<PersonalDataAccess> logged =
        mongo.find(
            Query.query(Criteria.where("records").is(id).and("user").is("agent")),
            PersonalDataAccess.class,
            PersonalDataLog.COLLECTION);
    assertThat(logged).anyMatch(entry -> entry.fields().contains("files." + fileId));
    mvc.perform(get("/api/tickets/" + id).with(httpBasic("agent", "agent")))
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.history[1].action").value("ATTACH_FILE"))
        .andExpect(jsonPath("$.history[1].note").value("image/jpeg"));
  }

  @Test
  void theHoldingDepartmentAttachesAndOpensAndAPdfIsADownload() throws Exception {
    String id = api.dispatched("HEATING_CO");

    String fileId =
        api.attachedId(id, "heating", file("report.pdf", "application/pdf", SamplePhotos.pdf()));

    mvc.perform(
            get("/api/tickets/" + id + "/files/" + fileId).with(httpBasic("heating", "heating")))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andExpect(content().bytes(SamplePhotos.pdf()));
  }

  @Test
  void everyoneButTheHandlersIsRefusedAndStoresNothing() throws Exception {
    String id = api.dispatched("HEATING_CO");
    String fileId = api.attachedId(id, "agent", file("a.png", "image/png", SamplePhotos.png()));
    long stored = api.storedFiles();

    for (String user : List.of("water", "mediator", "manager", "admin")) {
      api.upload(id, user, file("b.png", "image/png", SamplePhotos.png()))
          .andExpect(status().isForbidden())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
      for (String path : List.of("/files", "/files/" + fileId)) {
        mvc.perform(get("/api/tickets/" + id + path).with(httpBasic(user, user)))
            .andExpect(status().isForbidden());
      }
    }
    mvc.perform(
            multipart("/api/tickets/" + id + "/files")
                .file(file("c.png", "image/png", SamplePhotos.png())))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/tickets/" + id + "/files/" + fileId))
        .andExpect(status().isUnauthorized());
    assertThat(api.storedFiles()).isEqualTo(stored);
    api.assertVersion(id, 3);
  }

  @Test
  void badFilesAreRefusedWithAProblemAndNothingIsStored() throws Exception {
    String id = api.received();
    long stored = api.storedFiles();
    byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(SamplePhotos.pdf(), 0, tooLarge, 0, SamplePhotos.pdf().length);
    byte[] text = "not a photo at all".getBytes(StandardCharsets.UTF_8);

    for (MockMultipartFile bad :
        List.of(
            file("big.pdf", "application/pdf", tooLarge),
            file("x.jpg", "image/jpeg", text),
            file("empty.png", "image/png", new byte[0]),
            file("cut.jpg", "image/jpeg", java.util.Arrays.copyOf(SamplePhotos.jpeg(), 100)),
            new MockMultipartFile("photo", "x.jpg", "image/jpeg", SamplePhotos.jpeg()))) {
      api.upload(id, "agent", bad)
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("file"));
    }
    mvc.perform(multipart("/api/tickets/" + id + "/files").with(httpBasic("agent", "agent")))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/tickets/" + id + "/files")
                .with(httpBasic("agent", "agent"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"file\":\"AAAA\"}"))
        .andExpect(status().isBadRequest());
    assertThat(api.storedFiles()).isEqualTo(stored);
    api.assertVersion(id, 1);
  }

  @Test
  void anUnknownTicketOrFileIsNotFoundAndAFileBelongsToOneTicket() throws Exception {
    String one = api.received();
    String other = api.received();
    String fileOfOther =
        api.attachedId(other, "agent", file("a.png", "image/png", SamplePhotos.png()));
    long stored = api.storedFiles();

    api.upload("000000000000000000000000", "agent", file("a.png", "image/png", SamplePhotos.png()))
        .andExpect(status().isNotFound());
    for (String fileId : List.of(fileOfOther, "000000000000000000000000", "not-an-id")) {
      mvc.perform(get("/api/tickets/" + one + "/files/" + fileId).with(httpBasic("agent", "agent")))
          .andExpect(status().isNotFound())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
    assertThat(api.storedFiles()).isEqualTo(stored);
  }

  @Test
  void anEleventhFileAndAFileOnAFinishedTicketAreConflictsAndStoreNothing() throws Exception {
    String id = api.received();
    for (int i = 0; i < 10; i++) {
      api.attached(id, "agent", file("p.png", "image/png", SamplePhotos.png()));
    }
    long stored = api.storedFiles();

    api.upload(id, "agent", file("p.png", "image/png", SamplePhotos.png()))
        .andExpect(status().isConflict());
    String finished = api.received();
    mvc.perform(
            post("/api/tickets/" + finished + "/duplicate-of")
                .with(httpBasic("agent", "agent"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"original\":\"" + id + "\"}"))
        .andExpect(status().isOk());
    api.upload(finished, "agent", file("p.png", "image/png", SamplePhotos.png()))
        .andExpect(status().isConflict());
    assertThat(api.storedFiles()).isEqualTo(stored);
  }

  static MockMultipartFile file(String name, String declaredType, byte[] content) {
    return new MockMultipartFile("file", name, declaredType, content);
  }

  static JsonNode json(String text) {
    return JsonMapper.shared().readTree(text);
  }
}
