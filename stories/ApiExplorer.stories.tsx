import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { sandboxIds } from "../src/sandbox";
import { ApiExplorer } from "./ApiExplorer";
import "./explorer.css";
import { getStorySandbox } from "./storySandbox";

const meta = {
  title: "Foundation/API explorer",
  component: ApiExplorer,
  parameters: {
    docs: {
      description: {
        component:
          "Every endpoint function of `src/api` against the embedded sandbox: pick one, pick a seeded customer, and read the response after schema validation — or the `StraddleError` it became.",
      },
    },
  },
} satisfies Meta<typeof ApiExplorer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ReviewOfACustomer: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Send request" }));
    const result = canvas.getByRole("region", { name: "Result" });
    await waitFor(() =>
      expect(within(result).getByRole("heading", { name: "Validated response" })).toBeVisible(),
    );
    await expect(result).toHaveTextContent(sandboxIds.reviewIndividualHighRisk);
    await expect(result).toHaveTextContent('"identity_details"');
    await expect(getStorySandbox().requests.at(-1)?.path).toBe(
      `/v1/customers/${sandboxIds.reviewIndividualHighRisk}/review`,
    );
  },
};

export const DecisionOutsideReviewIsAnError: Story = {
  args: { initialEndpoint: "customers.review.decision", initialCustomer: "verifiedIndividual" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Send request" }));
    const result = canvas.getByRole("region", { name: "Result" });
    await waitFor(() => expect(within(result).getByRole("heading", { name: "Error" })).toBeVisible());
    await expect(result).toHaveTextContent('"status": 422');
    await expect(result).toHaveTextContent("cannot be changed");
  },
};

export const CreateWithAValidationError: Story = {
  args: { initialEndpoint: "customers.create" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = canvas.getByLabelText("Request (JSON)");
    await userEvent.clear(body);
    // A person's typo: a phone without its country code.
    await userEvent.click(body);
    await userEvent.paste(
      JSON.stringify({
        type: "individual",
        name: "Ada",
        email: "ada@example.com",
        phone: "2125550100",
        device: { ip_address: "192.168.1.1" },
      }),
    );
    await userEvent.click(canvas.getByRole("button", { name: "Send request" }));
    const result = canvas.getByRole("region", { name: "Result" });
    await waitFor(() => expect(within(result).getByRole("heading", { name: "Error" })).toBeVisible());
    await expect(result).toHaveTextContent('"status": 422');
    await expect(result).toHaveTextContent('"phone"');
  },
};

export const ListWithFilters: Story = {
  args: { initialEndpoint: "customers.list" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Send request" }));
    const result = canvas.getByRole("region", { name: "Result" });
    await waitFor(() =>
      expect(within(result).getByRole("heading", { name: "Validated response" })).toBeVisible(),
    );
    await expect(result).toHaveTextContent('"total_pages"');
    await expect(getStorySandbox().requests.at(-1)?.query).toMatchObject({
      status: "review",
      page_size: "5",
    });
  },
};
